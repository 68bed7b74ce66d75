folioSearch("facets/industry-agriculture","ABBA");
