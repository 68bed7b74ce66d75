folioSearch("terms/6869",{"terms":{"hire":[19],"history":"tvUBAAAG"}});
