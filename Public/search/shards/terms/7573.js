folioSearch("terms/7573",{"terms":{"us":"BAhchwM=","usage":[10,1,30],"usd":[1,15],"use":[43],"users":[11],"usually":[45]}});
