folioSearch("terms/6f66",{"terms":{"of":"hE27CTwk","off":[16],"offer":[5,6],"offered":[11],"often":[41]}});
