folioSearch("terms/6163",{"terms":{"accept":[8],"according":[45],"account":"FmUB3i8+","accountant":[43],"accounts":[42],"across":[45],"active":[11]}});
