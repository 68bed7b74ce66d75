folioSearch("terms/6b6e",{"terms":{"know":[43],"knowing":[35],"knows":[34]}});
