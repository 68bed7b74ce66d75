folioSearch("terms/3131",{"terms":{"11th":[16]}});
