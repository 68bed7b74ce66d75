folioSearch("terms/6174",{"terms":{"at":"MrzlAYwv","attentive":[38]}});
