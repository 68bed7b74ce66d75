folioSearch("terms/636c",{"terms":{"claire":[18],"clean":[38],"clear":[20,25],"client":"AAACAPwI","clients":"AAAAARgo","climb":[45],"closed":"gLEB","closes":[35]}});
