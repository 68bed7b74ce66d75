folioSearch("terms/6972",{"terms":{"ironbridge":[4]}});
