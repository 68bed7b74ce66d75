folioSearch("facets/manager-dana-whitfield","FgARBA==");
