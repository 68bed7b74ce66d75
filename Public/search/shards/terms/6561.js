folioSearch("terms/6561",{"terms":{"each":"AAAgAUAE","east":[26,6],"easy":[22]}});
