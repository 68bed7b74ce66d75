folioSearch("terms/31",{"terms":{"1":[0,2]}});
