folioSearch("terms/3930",{"terms":{"90":[40]}});
