folioSearch("terms/6177",{"terms":{"away":[24]}});
