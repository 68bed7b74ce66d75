folioSearch("terms/3030",{"terms":{"000":[1,15]}});
