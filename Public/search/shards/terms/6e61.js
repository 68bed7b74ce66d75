folioSearch("terms/6e61",{"terms":{"name":[34]}});
