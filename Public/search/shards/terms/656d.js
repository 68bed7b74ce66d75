folioSearch("terms/656d",{"terms":{"email":"gTIB","emea":[8,5,15,2],"employ":[43],"empties":[14]}});
