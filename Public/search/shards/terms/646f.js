folioSearch("terms/646f",{"terms":{"do":[37,5,2],"dock":"NoEE","does":[34],"done":[34],"doubled":[21],"down":"ABk="}});
