folioSearch("terms/6163",{"terms":{"accept":[8],"according":[41],"account":"FmUB3q86","accountant":[43],"accounts":[41],"active":[11]}});
