folioSearch("terms/6269",{"terms":{"birmingham":[24]}});
