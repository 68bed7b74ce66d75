folioSearch("terms/6573",{"terms":{"escalate":[41],"escalated":[5],"escalation":[10],"estuaire":[13,5]}});
