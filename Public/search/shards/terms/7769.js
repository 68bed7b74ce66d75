folioSearch("terms/7769",{"terms":{"win":[11,13,11],"windows":[5],"winning":[36],"winters":[2],"with":"/nknAAQI","within":[17],"without":[40]}});
