folioSearch("facets/tier-3","SQAC");
