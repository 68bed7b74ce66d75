folioSearch("terms/65",{"terms":{"e":[7,14]}});
