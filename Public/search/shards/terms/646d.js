folioSearch("terms/646d",{"terms":{"dmitri":[19]}});
