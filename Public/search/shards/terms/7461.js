folioSearch("terms/7461",{"terms":{"table":[2],"tacoma":[2],"take":[20,4],"taken":[2],"taking":[38],"talks":[34],"targets":[34]}});
