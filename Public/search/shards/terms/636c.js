folioSearch("terms/636c",{"terms":{"claire":[18],"clean":[38],"clear":[20,20],"client":"AAACAHw=","clients":"AAAAATAB","climb":[40],"closed":"gLEB","closes":[37]}});
