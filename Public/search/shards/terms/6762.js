folioSearch("terms/6762",{"terms":{"gbp":[15]}});
