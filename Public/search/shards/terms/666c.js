folioSearch("terms/666c",{"terms":{"flagged":[20,3],"flagship":[2],"flat":[14],"flow":[2,5],"flowed":[7]}});
