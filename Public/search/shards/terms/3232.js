folioSearch("terms/3232",{"terms":{"22":[14]}});
