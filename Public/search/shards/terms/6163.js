folioSearch("terms/6163",{"terms":{"accept":[8],"according":[40],"account":"FmUB3q8H","accountant":[41],"accounts":[40],"active":[11]}});
