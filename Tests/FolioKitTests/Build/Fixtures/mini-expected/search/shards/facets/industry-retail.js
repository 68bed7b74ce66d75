folioSearch("facets/industry-retail",[1]);
