folioSearch("terms/7477",{"terms":{"twenty":[22],"two":"FPzKAQgC"}});
