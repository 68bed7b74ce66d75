folioSearch("terms/7570",{"terms":{"up":"DEBAAYAg","upward":[45]}});
