folioSearch("terms/6368",{"terms":{"chain":"AgGT","champion":[5],"championed":[10],"chasing":[35],"cheaper":[10],"check":"TgI=","choose":[18],"chose":[38],"christmas":[12],"churned":[11]}});
