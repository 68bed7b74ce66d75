folioSearch("terms/6861",{"terms":{"handoff":[2]}});
