folioSearch("terms/6a75",{"terms":{"july":[11,1],"june":"Aggg","just":[12,26]}});
