folioSearch("terms/7363",{"terms":{"scattered":[20],"schedule":[13],"scheduled":[11],"scheduler":"FoEE","scheduling":[22],"scoped":[2,6],"score":[44,1],"scores":[45],"screens":[4]}});
