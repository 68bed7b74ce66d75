folioSearch("terms/3535",{"terms":{"55":[18]}});
