folioSearch("facets/tier-3","SQgC");
