folioSearch("terms/676c",{"terms":{"global":[27,2]}});
