folioSearch("facets/health-green","DhHR");
