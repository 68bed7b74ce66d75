folioSearch("terms/6974",{"terms":{"it":"AiB9AUAn","item":[7],"items":[7],"its":"EBCoAAAR"}});
