folioSearch("terms/3938",{"terms":{"98":[1]}});
