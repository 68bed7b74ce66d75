folioSearch("terms/6d6f",{"terms":{"months":[2]}});
