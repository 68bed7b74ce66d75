folioSearch("terms/6f77",{"terms":{"own":[21,14],"owners":[0,17]}});
