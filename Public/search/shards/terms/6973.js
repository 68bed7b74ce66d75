folioSearch("terms/6973",{"terms":{"is":"BiQpANwG","issuers":[41],"issues":[3]}});
