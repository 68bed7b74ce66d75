folioSearch("terms/7275",{"terms":{"run":[14],"rural":[9,10]}});
