folioSearch("terms/6561",{"terms":{"each":"AAAgASAE","early":[40],"east":[26,6],"easy":[22]}});
