folioSearch("terms/6166",{"terms":{"after":"BL13AGAQ","aftermarket":[3]}});
