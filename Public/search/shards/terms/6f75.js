folioSearch("terms/6f75",{"terms":{"out":"AGAhAAAU","outage":[4],"outbound":[17],"outside":[5]}});
