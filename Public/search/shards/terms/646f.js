folioSearch("terms/646f",{"terms":{"do":[35,5,1],"dock":"NoEE","does":[34],"doubled":[21],"down":"ABk="}});
