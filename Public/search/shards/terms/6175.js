folioSearch("terms/6175",{"terms":{"audit":[20,3],"audits":[8],"august":[1,6],"auto":[3],"automotive":[3]}});
