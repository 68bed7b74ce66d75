folioSearch("terms/61",{"terms":{"a":"vv//Afw3"}});
