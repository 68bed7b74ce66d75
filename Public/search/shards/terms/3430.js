folioSearch("terms/3430",{"terms":{"40":[1,9,9,22]}});
