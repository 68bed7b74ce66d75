folioSearch("terms/6875",{"terms":{"hub":[8,8]}});
