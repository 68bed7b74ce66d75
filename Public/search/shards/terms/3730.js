folioSearch("terms/3730",{"terms":{"70":[7]}});
