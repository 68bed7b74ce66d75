folioSearch("terms/7669",{"terms":{"vice":[45],"view":"FDAU","visit":[8,8]}});
