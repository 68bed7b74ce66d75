folioSearch("terms/7965",{"terms":{"year":"lvQB","years":[40],"yellow":[42],"yet":[6]}});
