folioSearch("facets/industry-grocery-retail",[1]);
