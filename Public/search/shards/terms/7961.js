folioSearch("terms/7961",{"terms":{"yard":"FDAE","yards":[2]}});
