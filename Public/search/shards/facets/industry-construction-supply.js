folioSearch("facets/industry-construction-supply",[11]);
