folioSearch("terms/6f76",{"terms":{"overdue":[4],"oversized":[7],"overtime":[14]}});
