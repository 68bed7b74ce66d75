folioSearch("terms/3132",{"terms":{"12":[10],"120":[40]}});
