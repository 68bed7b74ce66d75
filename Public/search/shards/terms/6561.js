folioSearch("terms/6561",{"terms":{"each":"AAAgAUAg","early":[42],"east":[26,6],"easy":[22]}});
