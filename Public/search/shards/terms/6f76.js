folioSearch("terms/6f76",{"terms":{"over":[42],"overdue":[4],"oversized":[7],"overtime":[14]}});
