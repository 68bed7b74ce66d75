folioSearch("facets/health-red",[4,6]);
