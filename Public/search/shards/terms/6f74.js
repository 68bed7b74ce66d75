folioSearch("terms/6f74",{"terms":{"other":[15,22]}});
