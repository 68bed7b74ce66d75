folioSearch("terms/3534",{"terms":{"540":[1]}});
