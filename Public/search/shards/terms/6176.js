folioSearch("terms/6176",{"terms":{"average":[18]}});
