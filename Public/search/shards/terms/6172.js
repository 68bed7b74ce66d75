folioSearch("terms/6172",{"terms":{"are":"AEAAAMQg","arithmetic":[36],"around":[5],"arrived":[7,3]}});
