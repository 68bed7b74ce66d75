folioSearch("terms/7761",{"terms":{"wait":[7,5],"waiting":[21],"walked":[2,8,14],"want":"EAEC","wanted":[24],"wants":[4,6],"warehouse":[15],"was":"kDTzAQ==","watching":[38],"way":[35,3]}});
