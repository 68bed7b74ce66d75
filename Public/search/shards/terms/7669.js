folioSearch("terms/7669",{"terms":{"vice":[41],"view":"FDAU","visit":[8,8]}});
