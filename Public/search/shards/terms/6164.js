folioSearch("terms/6164",{"terms":{"added":"FNE=","addresses":[9,10],"adoption":[10,1]}});
