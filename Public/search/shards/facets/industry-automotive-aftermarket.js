folioSearch("facets/industry-automotive-aftermarket",[3]);
