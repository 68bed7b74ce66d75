folioSearch("terms/6261",{"terms":{"bachelor":[39],"back":[10,1],"background":[39],"baird":[10],"bands":[42],"banks":[41]}});
