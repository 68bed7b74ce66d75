folioSearch("terms/7570",{"terms":{"up":"DEBAAQAF","upward":[40]}});
