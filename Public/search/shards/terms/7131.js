folioSearch("terms/7131",{"terms":{"q1":[1]}});
