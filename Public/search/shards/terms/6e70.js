folioSearch("terms/6e70",{"terms":{"nps":[42]}});
