folioSearch("terms/7379",{"terms":{"system":[22]}});
