folioSearch("terms/6d79",{"terms":{"my":[21]}});
