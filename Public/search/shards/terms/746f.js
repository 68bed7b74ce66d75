folioSearch("terms/746f",{"terms":{"to":"s3/nAVw/","together":[20,24],"told":[11],"tomas":"aQoKAAI=","took":[16,8]}});
