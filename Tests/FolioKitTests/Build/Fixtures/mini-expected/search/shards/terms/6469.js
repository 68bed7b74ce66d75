folioSearch("terms/6469",{"terms":{"dispatch":[2]}});
