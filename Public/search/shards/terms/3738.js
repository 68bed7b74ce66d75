folioSearch("terms/3738",{"terms":{"78":[18]}});
