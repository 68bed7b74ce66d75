folioSearch("terms/6c",{"terms":{"l":[13,5]}});
