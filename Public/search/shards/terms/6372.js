folioSearch("terms/6372",{"terms":{"credit":[41],"crm":[42]}});
