folioSearch("terms/7363",{"terms":{"scale":[2]}});
