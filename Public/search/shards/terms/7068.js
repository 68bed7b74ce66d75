folioSearch("terms/7068",{"terms":{"pharma":[16,4],"pharmaceutical":"AAGR","phone":[41],"phoning":[10]}});
