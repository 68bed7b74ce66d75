folioSearch("terms/6179",{"terms":{"aydin":[23]}});
