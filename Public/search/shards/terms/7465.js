folioSearch("terms/7465",{"terms":{"team":"hDIRAAAE","telemetry":[8],"tells":[38],"temperature":"AAGS","ten":[10],"term":"lIA=","terminal":"ADAE","terminals":[13,5],"terms":[5]}});
