folioSearch("terms/3430",{"terms":{"40":"AgQI"}});
