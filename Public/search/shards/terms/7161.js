folioSearch("terms/7161",{"terms":{"qa":[16,4]}});
