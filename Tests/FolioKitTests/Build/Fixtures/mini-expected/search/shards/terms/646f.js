folioSearch("terms/646f",{"terms":{"does":[5]}});
