folioSearch("terms/7075",{"terms":{"put":[23,16]}});
