folioSearch("terms/6575",{"terms":{"eur":[8,5]}});
