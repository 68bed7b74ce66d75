folioSearch("terms/676f",{"terms":{"go":"gCIBAAQQ","good":[35,3,2]}});
