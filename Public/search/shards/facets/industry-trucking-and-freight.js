folioSearch("facets/industry-trucking-and-freight",[2]);
