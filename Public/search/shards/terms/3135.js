folioSearch("terms/3135",{"terms":{"15":"IBAB"}});
