folioSearch("terms/7570",{"terms":{"up":"DEBAAYAk","upward":[45]}});
