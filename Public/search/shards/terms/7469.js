folioSearch("terms/7469",{"terms":{"ticket":[5,35],"tier":"////AQ==","time":"BkAMAIA=","timeline":[14,26],"times":[12],"tips":[6]}});
