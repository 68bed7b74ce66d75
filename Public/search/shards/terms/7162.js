folioSearch("terms/7162",{"terms":{"qbr":"FtUAAIAB"}});
