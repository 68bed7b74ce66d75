folioSearch("facets/industry-e-commerce-retail",[7,14]);
