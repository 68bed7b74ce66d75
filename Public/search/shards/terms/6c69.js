folioSearch("terms/6c69",{"terms":{"lindqvist":[20],"lines":[2,32],"list":[7],"live":"hKMB"}});
