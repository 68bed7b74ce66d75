folioSearch("terms/7573",{"terms":{"us":"BAhchwM=","usage":"AAwAAAAG","usd":[1,15],"use":[43],"users":[11],"usually":[45]}});
