folioSearch("terms/6967",{"terms":{"ignored":[5]}});
