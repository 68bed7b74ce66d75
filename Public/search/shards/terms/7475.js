folioSearch("terms/7475",{"terms":{"turn":[18],"turns":[41]}});
