folioSearch("terms/626f",{"terms":{"board":"ABAU","booked":[2,17],"both":[37],"bought":[5]}});
