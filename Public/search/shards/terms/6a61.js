folioSearch("terms/6a61",{"terms":{"january":"JIg="}});
