folioSearch("terms/7275",{"terms":{"run":[14,24,2],"running":[39],"rural":[9,10]}});
