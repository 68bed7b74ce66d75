folioSearch("terms/61",{"terms":{"a":[5]}});
