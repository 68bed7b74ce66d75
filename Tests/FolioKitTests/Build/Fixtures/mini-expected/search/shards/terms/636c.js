folioSearch("terms/636c",{"terms":{"client":[5]}});
