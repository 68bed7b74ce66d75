folioSearch("terms/7068",{"terms":{"pharma":[16,4],"pharmaceutical":"AAGR","phone":[43],"phoning":[10]}});
