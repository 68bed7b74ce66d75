folioSearch("terms/6166",{"terms":{"after":"BL13AGA=","aftermarket":[3]}});
