folioSearch("terms/32",{"terms":{"2":[1]}});
