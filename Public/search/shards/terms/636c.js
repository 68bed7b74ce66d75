folioSearch("terms/636c",{"terms":{"claire":[18],"clean":[38],"clear":[20,21],"client":"AAACAHwB","clients":"AAAAATAC","climb":[41],"closed":"gLEB","closes":[37]}});
