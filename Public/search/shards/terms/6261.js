folioSearch("terms/6261",{"terms":{"bachelor":[39],"back":[10,1,29],"background":[39],"baird":[10],"band":[44],"bands":[45],"banks":[43]}});
