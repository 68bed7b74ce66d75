folioSearch("terms/6573",{"terms":{"escalated":[5],"escalation":[10],"estuaire":[13,5]}});
