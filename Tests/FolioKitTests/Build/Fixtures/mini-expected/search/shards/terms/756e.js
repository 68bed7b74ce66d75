folioSearch("terms/756e",{"terms":{"unique":[5]}});
