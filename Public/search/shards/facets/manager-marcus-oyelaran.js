folioSearch("facets/manager-marcus-oyelaran","AKGEQQ==");
