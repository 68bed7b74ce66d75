folioSearch("terms/656e",{"terms":{"end":[1,39],"ends":[35],"engaged":[5],"engineer":[29],"enterprise":[1,15],"entry":[44]}});
