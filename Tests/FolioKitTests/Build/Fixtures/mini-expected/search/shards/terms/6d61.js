folioSearch("terms/6d61",{"terms":{"manager":[3,2],"manual":[2]}});
