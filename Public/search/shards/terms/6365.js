folioSearch("terms/6365",{"terms":{"central":[31],"certainly":[43]}});
