folioSearch("terms/7465",{"terms":{"team":[0]}});
