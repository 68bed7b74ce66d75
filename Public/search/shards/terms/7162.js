folioSearch("terms/7162",{"terms":{"qbr":"FtUAAAAF"}});
