folioSearch("terms/616e",{"terms":{"an":"BABQADQK","and":"/v//Afw/","announced":[11],"annual":"CIFA","another":[21],"answer":[21],"answering":[37]}});
