folioSearch("terms/686f",{"terms":{"hold":[44],"holds":[10,28,7],"holiday":"AgAo","holidays":[1],"hollis":[22],"home":[7,14],"hospital":[5],"hospitals":[5],"hours":"EBRA","how":"AABYAMAO"}});
