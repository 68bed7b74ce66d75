folioSearch("terms/7772",{"terms":{"write":[44],"written":[17],"wrong":[11]}});
