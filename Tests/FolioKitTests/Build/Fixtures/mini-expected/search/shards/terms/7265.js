folioSearch("terms/7265",{"terms":{"recovery":[1],"relationship":[0],"renewal":[0],"retail":[1]}});
