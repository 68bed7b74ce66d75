folioSearch("terms/6b65",{"terms":{"keep":[22,12,9],"keeping":[36,1],"kegs":[14],"keisha":[21],"kenji":[29],"kept":[11,29],"kestrel":[5]}});
