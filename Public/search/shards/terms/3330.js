folioSearch("terms/3330",{"terms":{"30":[5,6,8,21],"30th":[13]}});
