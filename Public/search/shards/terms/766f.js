folioSearch("terms/766f",{"terms":{"vogel":[23],"volume":[19]}});
