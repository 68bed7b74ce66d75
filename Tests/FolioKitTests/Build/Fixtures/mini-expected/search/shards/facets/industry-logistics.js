folioSearch("facets/industry-logistics",[0,2]);
