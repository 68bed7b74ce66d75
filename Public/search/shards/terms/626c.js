folioSearch("terms/626c",{"terms":{"bluefin":[0,17]}});
