folioSearch("terms/6f6c",{"terms":{"old":[9],"olivia":[21]}});
