folioSearch("terms/7765",{"terms":{"west":[3,1]}});
