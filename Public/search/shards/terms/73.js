folioSearch("terms/73",{"terms":{"s":"IAjVAKA8"}});
