folioSearch("terms/7772",{"terms":{"written":[17],"wrong":[11]}});
