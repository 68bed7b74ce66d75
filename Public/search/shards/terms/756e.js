folioSearch("terms/756e",{"terms":{"unavailable":[4],"under":[5,5]}});
