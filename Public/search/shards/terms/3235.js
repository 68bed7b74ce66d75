folioSearch("terms/3235",{"terms":{"25":[7,7]}});
