folioSearch("terms/3331",{"terms":{"310":[16]}});
