folioSearch("terms/6169",{"terms":{"aisha":[0,9,16]}});
