folioSearch("terms/686f",{"terms":{"hold":[39],"holds":[10],"holiday":"AgAo","holidays":[1],"hollis":[22],"home":[7,14],"hospital":[5],"hospitals":[5],"hours":"EBRA","how":"AABYAEAx"}});
