folioSearch("terms/6e69",{"terms":{"night":[8]}});
