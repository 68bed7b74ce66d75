folioSearch("terms/7461",{"terms":{"table":[2],"tacoma":[2],"take":[20,4,16],"taken":[2,40],"talks":[34]}});
