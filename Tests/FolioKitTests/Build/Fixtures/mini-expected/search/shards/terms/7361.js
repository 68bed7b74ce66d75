folioSearch("terms/7361",{"terms":{"sale":[2],"salesperson":[4],"sam":[4],"satisfied":[5]}});
