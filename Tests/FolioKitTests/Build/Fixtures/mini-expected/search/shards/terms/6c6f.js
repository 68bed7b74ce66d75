folioSearch("terms/6c6f",{"terms":{"logistics":[0,2],"love":[0]}});
