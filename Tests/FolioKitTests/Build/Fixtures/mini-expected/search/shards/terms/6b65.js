folioSearch("terms/6b65",{"terms":{"keep":[5]}});
