folioSearch("facets/manager-tomas-herrera","aQoKAAI=");
