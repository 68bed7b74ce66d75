folioSearch("terms/6372",{"terms":{"credit":[43],"crm":[42,2,1]}});
