folioSearch("terms/7472",{"terms":{"tracker":[0,2]}});
