folioSearch("terms/7573",{"terms":{"us":"BAhchwM=","usage":"AAwAAAAw","usd":[1,15],"use":[43],"users":[11],"usually":[41]}});
