folioSearch("terms/6475",{"terms":{"due":[38],"during":[4,11]}});
