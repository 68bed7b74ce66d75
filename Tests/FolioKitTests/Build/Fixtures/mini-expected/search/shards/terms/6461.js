folioSearch("terms/6461",{"terms":{"dana":"Dw==","day":[5]}});
