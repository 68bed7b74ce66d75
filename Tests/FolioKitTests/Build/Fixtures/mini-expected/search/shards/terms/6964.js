folioSearch("terms/6964",{"terms":{"id":[5]}});
