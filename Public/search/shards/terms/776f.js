folioSearch("terms/776f",{"terms":{"won":[8,11],"work":[36,1],"worked":[42],"workflows":[16],"working":[34],"works":[8,35],"workshop":[13],"worries":[37],"worth":[39],"would":[11,27]}});
