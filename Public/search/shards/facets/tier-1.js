folioSearch("facets/tier-1","BiGV");
