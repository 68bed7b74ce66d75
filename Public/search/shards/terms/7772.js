folioSearch("terms/7772",{"terms":{"write":[41],"written":[17],"wrong":[11]}});
