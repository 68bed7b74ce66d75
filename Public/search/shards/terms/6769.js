folioSearch("terms/6769",{"terms":{"given":[34]}});
