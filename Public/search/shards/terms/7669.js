folioSearch("terms/7669",{"terms":{"vice":[40],"view":"FDAU","visit":[8,8]}});
