folioSearch("terms/696e",{"terms":{"inc":[1]}});
