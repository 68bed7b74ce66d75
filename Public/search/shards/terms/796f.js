folioSearch("terms/796f",{"terms":{"you":[35,5,3],"your":[45]}});
