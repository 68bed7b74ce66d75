folioSearch("terms/6f66",{"terms":{"of":"hE27CTwg","off":[16],"offer":[5,6],"offered":[11],"often":[41]}});
