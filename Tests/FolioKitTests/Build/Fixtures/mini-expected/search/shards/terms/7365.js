folioSearch("terms/7365",{"terms":{"sent":[1]}});
