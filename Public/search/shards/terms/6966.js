folioSearch("terms/6966",{"terms":{"if":[34,2]}});
