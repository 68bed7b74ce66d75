folioSearch("facets/industry-ports-and-terminals",[13,5]);
