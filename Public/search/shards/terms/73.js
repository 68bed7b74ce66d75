folioSearch("terms/73",{"terms":{"s":"IAjVAMgB"}});
