folioSearch("terms/666f",{"terms":{"for":[5]}});
