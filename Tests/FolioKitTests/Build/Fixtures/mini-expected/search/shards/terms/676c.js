folioSearch("terms/676c",{"terms":{"globex":[1]}});
