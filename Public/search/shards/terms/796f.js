folioSearch("terms/796f",{"terms":{"you":[37,1,1],"your":[43]}});
