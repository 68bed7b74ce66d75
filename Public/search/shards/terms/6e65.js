folioSearch("terms/6e65",{"terms":{"need":[21],"needed":[8],"needs":"AhE=","negotiation":[2,2],"negotiations":[36],"neighbouring":[18],"net":[42],"never":[2,36],"new":"Ku0BAWAC","next":"gCDB"}});
