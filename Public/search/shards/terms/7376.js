folioSearch("terms/7376",{"terms":{"svp":[20]}});
