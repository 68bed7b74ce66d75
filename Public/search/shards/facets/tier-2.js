folioSearch("facets/tier-2","sNZoAQ==");
