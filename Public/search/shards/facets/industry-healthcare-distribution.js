folioSearch("facets/industry-healthcare-distribution",[5]);
