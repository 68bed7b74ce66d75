folioSearch("terms/6162",{"terms":{"about":[15,5,15]}});
