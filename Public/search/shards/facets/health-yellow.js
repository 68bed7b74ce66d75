folioSearch("facets/health-yellow","4eIuAQ==");
