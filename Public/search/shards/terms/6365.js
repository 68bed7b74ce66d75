folioSearch("terms/6365",{"terms":{"central":[31]}});
