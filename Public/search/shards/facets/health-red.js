folioSearch("facets/health-red","EAw=");
