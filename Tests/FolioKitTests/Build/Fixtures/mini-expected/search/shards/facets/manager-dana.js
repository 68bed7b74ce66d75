folioSearch("facets/manager-dana","Dw==");
