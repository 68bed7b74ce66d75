folioSearch("terms/30",{"terms":{"0":[42]}});
