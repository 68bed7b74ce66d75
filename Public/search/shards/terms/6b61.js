folioSearch("terms/6b61",{"terms":{"kalte":[8,15],"kamara":[25],"katrin":[23]}});
