folioSearch("facets/tier-2",[1]);
