folioSearch("terms/6372",{"terms":{"credit":[43],"crm":[40,1,1]}});
