folioSearch("terms/7269",{"terms":{"ride":[14],"rising":[21],"risk":"IASAAAAG"}});
