folioSearch("terms/7469",{"terms":{"tier":"Bw=="}});
