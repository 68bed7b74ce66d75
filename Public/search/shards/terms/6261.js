folioSearch("terms/6261",{"terms":{"bachelor":[44],"back":[10,1,28],"background":[44],"baird":[10],"band":[41],"bands":[42],"banks":[43]}});
