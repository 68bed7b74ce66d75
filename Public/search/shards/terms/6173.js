folioSearch("terms/6173",{"terms":{"as":"AAgAAAAm","ashby":[8,20],"ask":[21,13],"asked":"JICE","asks":[6]}});
