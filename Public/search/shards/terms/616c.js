folioSearch("terms/616c",{"terms":{"alarm":[8],"all":[21,22],"almost":[43],"alone":[20],"along":[14,23],"already":[17,19,7]}});
