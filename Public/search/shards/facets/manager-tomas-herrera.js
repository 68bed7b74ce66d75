folioSearch("facets/manager-tomas-herrera","aQIKAAI=");
