folioSearch("terms/746f",{"terms":{"to":"s3/nAVwH","together":[20],"told":[11],"tomas":"aQoKAAI=","took":[16,8]}});
