folioSearch("terms/7965",{"terms":{"year":"lvQB","yellow":[42],"yet":[6]}});
