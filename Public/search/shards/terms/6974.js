folioSearch("terms/6974",{"terms":{"it":"AiB9AUAF","item":[7],"items":[7],"its":"EBCo"}});
