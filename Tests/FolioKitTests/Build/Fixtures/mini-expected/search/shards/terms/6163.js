folioSearch("terms/6163",{"terms":{"account":"OQ==","acme":[0,2]}});
