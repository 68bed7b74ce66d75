folioSearch("terms/33",{"terms":{"3":"SSgC"}});
