folioSearch("facets/industry-wholesale-distribution",[10]);
