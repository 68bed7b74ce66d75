folioSearch("terms/7461",{"terms":{"table":[2],"tacoma":[2],"take":[20,4,17],"taken":[2,43],"talks":[34]}});
