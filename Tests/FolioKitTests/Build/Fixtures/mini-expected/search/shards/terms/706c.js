folioSearch("terms/706c",{"terms":{"plan":[1]}});
