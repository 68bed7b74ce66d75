folioSearch("terms/7175",{"terms":{"quality":[8,8],"quarterly":[39],"questioned":[10],"questioning":[10],"questions":[37],"queued":"ABBA","queues":[18,4],"quickly":[21,3],"quote":[10]}});
