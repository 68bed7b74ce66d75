folioSearch("terms/746f",{"terms":{"to":"s3/nAfQr","together":[20,21],"told":[11],"tomas":"aQoKAAI=","took":[16,8],"touchpoint":[42],"touchpoints":[42]}});
