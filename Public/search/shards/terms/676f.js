folioSearch("terms/676f",{"terms":{"go":"gCIBAAQ=","good":[35,3]}});
