folioSearch("terms/6f74",{"terms":{"other":[15,20],"others":[44]}});
