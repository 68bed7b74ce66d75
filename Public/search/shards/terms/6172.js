folioSearch("terms/6172",{"terms":{"are":"AEAAAEQU","arithmetic":[36],"around":[5],"arr":[42],"arrived":[7,3]}});
