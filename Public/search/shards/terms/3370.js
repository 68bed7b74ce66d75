folioSearch("terms/3370",{"terms":{"3pl":[15],"3pls":[15]}});
