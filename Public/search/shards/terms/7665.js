folioSearch("terms/7665",{"terms":{"vehicles":[5],"vendor":[1,19,23],"vendors":[1],"very":[43]}});
