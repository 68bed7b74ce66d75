folioSearch("facets/industry-pharmaceutical-logistics",[16,4]);
