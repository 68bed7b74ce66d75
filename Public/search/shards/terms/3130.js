folioSearch("terms/3130",{"terms":{"100":[42]}});
