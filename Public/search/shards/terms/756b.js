folioSearch("terms/756b",{"terms":{"uk":[15]}});
