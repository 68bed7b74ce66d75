folioSearch("facets/industry-parcel-and-last-mile",[9,10]);
