folioSearch("terms/6174",{"terms":{"at":"MrzlAYwr","attentive":[38]}});
