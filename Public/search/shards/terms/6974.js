folioSearch("terms/6974",{"terms":{"it":"AiB9AcAp","item":[7],"items":[7],"its":"EBCoAIgC"}});
