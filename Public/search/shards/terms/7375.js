folioSearch("terms/7375",{"terms":{"succeed":[44],"such":[41],"summer":[17,1],"summit":[14],"supply":"Kgg=","support":[40,1]}});
