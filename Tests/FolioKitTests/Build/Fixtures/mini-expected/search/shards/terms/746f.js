folioSearch("terms/746f",{"terms":{"to":[5],"took":[2]}});
