folioSearch("terms/636f",{"terms":{"could":[2]}});
