folioSearch("terms/6b6e",{"terms":{"know":[43],"knowing":[37],"knows":[34]}});
