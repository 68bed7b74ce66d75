folioSearch("terms/6173",{"terms":{"as":[11,30,4],"ashby":[8,20],"ask":[21,13],"asked":"JICE","asks":[6]}});
