folioSearch("terms/7275",{"terms":{"run":[14,28],"running":[40],"rural":[9,10]}});
