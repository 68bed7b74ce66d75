folioSearch("terms/6361",{"terms":{"call":[0]}});
