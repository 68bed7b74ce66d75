folioSearch("terms/6366",{"terms":{"cfo":[2,3]}});
