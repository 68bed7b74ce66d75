folioSearch("terms/616c",{"terms":{"alarm":[8],"all":[21,20],"almost":[41],"alone":[20],"along":[14,23],"already":[17,19,5]}});
