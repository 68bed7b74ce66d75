folioSearch("terms/7375",{"terms":{"succeed":[39],"such":[44,1],"summer":[17,1],"summit":[14],"sums":[45],"supply":"Kgg=","support":[42,2,1]}});
