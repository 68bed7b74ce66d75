folioSearch("terms/7477",{"terms":{"twice":[5]}});
