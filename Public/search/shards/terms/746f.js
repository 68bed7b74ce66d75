folioSearch("terms/746f",{"terms":{"to":"s3/nAfQv","together":[20,21],"told":[11],"tomas":"aQoKAAI=","took":[16,8]}});
