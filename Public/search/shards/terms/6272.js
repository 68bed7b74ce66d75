folioSearch("terms/6272",{"terms":{"brief":[16,1,21],"brightwater":[1],"bring":[35]}});
