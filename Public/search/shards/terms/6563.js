folioSearch("terms/6563",{"terms":{"ecommerce":[7]}});
