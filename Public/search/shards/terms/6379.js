folioSearch("terms/6379",{"terms":{"cycle":[23]}});
