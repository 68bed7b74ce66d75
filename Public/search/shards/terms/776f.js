folioSearch("terms/776f",{"terms":{"won":[8,11],"work":[35,1],"worked":[45],"workflows":[16],"working":[34],"works":[8],"workshop":[13],"worry":[35],"worth":[40],"would":[11,27]}});
