folioSearch("terms/6166",{"terms":{"after":"BL13AEwC","aftermarket":[3]}});
