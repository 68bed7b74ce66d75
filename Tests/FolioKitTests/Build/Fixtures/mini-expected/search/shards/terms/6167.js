folioSearch("terms/6167",{"terms":{"agreed":[0]}});
