folioSearch("terms/6973",{"terms":{"is":"BiQpAPQ/","issues":[3]}});
