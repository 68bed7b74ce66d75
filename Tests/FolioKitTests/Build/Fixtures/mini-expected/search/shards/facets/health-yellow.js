folioSearch("facets/health-yellow",[]);
