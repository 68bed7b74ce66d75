folioSearch("terms/7134",{"terms":{"q4":[2]}});
