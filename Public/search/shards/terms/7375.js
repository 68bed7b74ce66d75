folioSearch("terms/7375",{"terms":{"succeed":[44],"such":[41,1],"summer":[17,1],"summit":[14],"sums":[42],"supply":"Kgg=","support":[40,1,1]}});
