folioSearch("terms/6772",{"terms":{"grain":[12],"grocers":[1],"grocery":[1],"group":[17],"grow":[36],"growing":[19],"grows":[19],"growth":[24,11],"grr":[42]}});
