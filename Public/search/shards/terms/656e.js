folioSearch("terms/656e",{"terms":{"end":[1,41],"ends":[37],"engaged":[5],"engineer":[29],"enterprise":[1,15],"entry":[39]}});
