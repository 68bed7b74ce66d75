folioSearch("terms/6d69",{"terms":{"mid":[2,5],"mile":[9,10],"minute":[18],"minutes":"ABBE","missed":[2,38],"missing":[23]}});
