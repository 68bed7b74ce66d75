folioSearch("terms/7670",{"terms":{"vp":[1]}});
