folioSearch("facets/manager-priya-raman","gFRggA==");
