folioSearch("terms/696d",{"terms":{"import":[9],"important":[45]}});
