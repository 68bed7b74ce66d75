folioSearch("terms/7361",{"terms":{"said":[38],"sale":"AACmAQQ=","sales":[29,6,4],"salespeople":[35],"salesperson":[25,3,4,6],"sam":[7,5,4,16],"same":[19,16],"save":[41],"saves":[35],"saw":[15,6]}});
