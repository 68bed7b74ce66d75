folioSearch("terms/6f77",{"terms":{"own":[21,16],"owner":[42],"owners":[0,17]}});
