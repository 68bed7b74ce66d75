folioSearch("terms/796f",{"terms":{"you":[35,6],"your":[42]}});
