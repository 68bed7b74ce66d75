folioSearch("terms/7965",{"terms":{"year":"lvQB","years":[40],"yet":[6]}});
