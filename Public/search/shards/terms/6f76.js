folioSearch("terms/6f76",{"terms":{"over":[38,2],"overdue":[4],"oversized":[7],"overtime":[14],"overview":[42]}});
