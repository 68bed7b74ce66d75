folioSearch("terms/6578",{"terms":{"executive":[4]}});
