folioSearch("terms/6e72",{"terms":{"nrr":[42]}});
