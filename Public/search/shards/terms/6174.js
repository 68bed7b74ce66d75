folioSearch("terms/6174",{"terms":{"at":"MrzlASQ=","attentive":[38]}});
