folioSearch("terms/616d",{"terms":{"amandine":[18]}});
