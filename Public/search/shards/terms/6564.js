folioSearch("terms/6564",{"terms":{"edi":[10]}});
