folioSearch("terms/6d63",{"terms":{"mcbride":[24]}});
