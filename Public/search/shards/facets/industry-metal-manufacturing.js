folioSearch("facets/industry-metal-manufacturing",[4]);
