folioSearch("terms/656c",{"terms":{"elevator":"ABBA","elsewhere":[24]}});
