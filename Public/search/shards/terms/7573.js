folioSearch("terms/7573",{"terms":{"us":"BAhchwM=","usage":[10,1,31],"usd":[1,15],"use":[41],"users":[11],"usually":[40]}});
