folioSearch("terms/6e6f",{"terms":{"not":[2]}});
