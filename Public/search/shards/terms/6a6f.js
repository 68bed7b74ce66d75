folioSearch("terms/6a6f",{"terms":{"job":[34,3,6],"jobs":[37,2],"jordan":[8,5,2,13]}});
