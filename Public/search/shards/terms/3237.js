folioSearch("terms/3237",{"terms":{"27":[4,9]}});
