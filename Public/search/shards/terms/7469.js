folioSearch("terms/7469",{"terms":{"ticket":[5,37],"tier":"////AQ==","time":"BkAMAAQB","timeline":[14,28],"times":[12],"tips":[6],"title":[43]}});
