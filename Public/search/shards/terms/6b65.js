folioSearch("terms/6b65",{"terms":{"keep":[22,12],"keeping":[35,1],"kegs":[14],"keisha":[21],"kenji":[29],"kept":[11,31],"kestrel":[5]}});
