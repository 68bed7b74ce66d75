folioSearch("terms/6572",{"terms":{"erp":[11],"errors":[7,2]}});
