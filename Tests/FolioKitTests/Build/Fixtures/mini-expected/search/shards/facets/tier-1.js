folioSearch("facets/tier-1",[0,2]);
