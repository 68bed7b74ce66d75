folioSearch("terms/7072",{"terms":{"pricing":[0]}});
