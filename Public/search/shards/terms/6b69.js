folioSearch("terms/6b69",{"terms":{"kickoff":"hDIB"}});
