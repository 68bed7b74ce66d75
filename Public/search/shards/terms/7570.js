folioSearch("terms/7570",{"terms":{"up":"DEBAAQAj","upward":[41]}});
