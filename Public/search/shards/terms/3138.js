folioSearch("terms/3138",{"terms":{"18":[12]}});
