folioSearch("terms/39",{"terms":{"9":[16]}});
