folioSearch("terms/626f",{"terms":{"board":"ABAU","book":[45],"booked":[2,17],"both":[35],"bought":[5]}});
