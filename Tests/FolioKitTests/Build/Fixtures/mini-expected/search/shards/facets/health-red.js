folioSearch("facets/health-red",[1]);
