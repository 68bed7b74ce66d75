folioSearch("facets/health-green",[0,2]);
