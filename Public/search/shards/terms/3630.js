folioSearch("terms/3630",{"terms":{"60":[5,35]}});
