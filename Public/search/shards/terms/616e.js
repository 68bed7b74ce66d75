folioSearch("terms/616e",{"terms":{"an":"BABQABwC","and":"/v//AfwH","announced":[11],"annual":"CIFA","another":[21],"answer":[21],"answering":[35]}});
