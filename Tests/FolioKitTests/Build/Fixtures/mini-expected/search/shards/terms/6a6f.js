folioSearch("terms/6a6f",{"terms":{"job":[5]}});
