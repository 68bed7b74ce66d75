folioSearch("terms/6675",{"terms":{"fulfilment":[7],"furnishings":[7,14],"furniture":[7,14]}});
