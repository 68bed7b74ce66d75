folioSearch("terms/736b",{"terms":{"skills":[44]}});
