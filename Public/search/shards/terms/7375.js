folioSearch("terms/7375",{"terms":{"succeed":[39],"such":[42],"summer":[17,1],"summit":[14],"sums":[42],"supply":"Kgg=","support":[42]}});
