folioSearch("terms/6569",{"terms":{"eight":[11,13]}});
