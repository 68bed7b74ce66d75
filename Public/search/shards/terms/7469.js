folioSearch("terms/7469",{"terms":{"ticket":[5],"tier":"////AQ==","time":"BkAMAAQ=","timeline":[14],"times":[12],"tips":[6],"title":[41]}});
