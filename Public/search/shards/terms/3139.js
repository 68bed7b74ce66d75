folioSearch("terms/3139",{"terms":{"19":[7]}});
