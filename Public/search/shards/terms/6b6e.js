folioSearch("terms/6b6e",{"terms":{"know":[41],"knowing":[37],"knows":[34]}});
