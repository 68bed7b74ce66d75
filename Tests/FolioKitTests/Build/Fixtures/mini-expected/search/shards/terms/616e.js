folioSearch("terms/616e",{"terms":{"an":[5],"ana":[0]}});
