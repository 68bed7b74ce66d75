folioSearch("terms/6973",{"terms":{"is":"BiQpANw9","issuers":[43],"issues":[3]}});
