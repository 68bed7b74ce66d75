folioSearch("terms/6f63",{"terms":{"october":[13,2]}});
