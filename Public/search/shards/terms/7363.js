folioSearch("terms/7363",{"terms":{"scattered":[20],"schedule":[13],"scheduled":[11],"scheduler":"FoEE","scheduling":[22],"scoped":[2,6],"score":[41,1],"screens":[4]}});
