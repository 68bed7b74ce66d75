folioSearch("terms/7768",{"terms":{"what":[5],"whitfield":"Dw=="}});
