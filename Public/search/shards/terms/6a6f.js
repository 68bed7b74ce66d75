folioSearch("terms/6a6f",{"terms":{"job":[34,1],"jobs":[35,9],"jordan":[8,5,2,13]}});
