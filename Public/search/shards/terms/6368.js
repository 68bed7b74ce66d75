folioSearch("terms/6368",{"terms":{"chain":"AgGT","champion":[5],"championed":[10],"chapter":[41],"chasing":[37],"cheaper":[10],"check":"TgIAAEA=","choose":[18],"christmas":[12],"churned":[11]}});
