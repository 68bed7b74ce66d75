folioSearch("terms/666c",{"terms":{"flagship":[0],"fleet":[2]}});
