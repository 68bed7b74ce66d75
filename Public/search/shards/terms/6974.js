folioSearch("terms/6974",{"terms":{"it":"AiB9AcAt","item":[7],"items":[7],"its":"EBCoAIgC"}});
