folioSearch("terms/6e65",{"terms":{"need":[21,20],"needed":[8],"needs":[1,7,4,29],"negotiate":[43],"negotiation":[2,2],"neighbouring":[18],"never":[2,36],"new":"Ku0BAUgE","next":"gCDBAIA="}});
