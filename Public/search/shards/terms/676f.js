folioSearch("terms/676f",{"terms":{"go":"gCIBAAAC","good":[38,1]}});
