folioSearch("terms/7769",{"terms":{"will":[34],"win":[11,13,13],"windows":[5],"winning":[36],"winters":[2],"with":"/nknAAQI","within":[17],"without":[42]}});
