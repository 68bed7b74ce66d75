folioSearch("terms/7370",{"terms":{"spend":[19],"spending":[19],"spent":[14,8,14],"spokane":[2],"sponsor":[10],"spreadsheet":"AAIY","spring":[12]}});
