folioSearch("terms/6c65",{"terms":{"lee":[4]}});
