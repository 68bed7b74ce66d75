folioSearch("terms/6174",{"terms":{"at":"MrzlASQV","attentive":[38]}});
