folioSearch("terms/7965",{"terms":{"year":"lvQB","years":[42],"yellow":[45],"yet":[6]}});
