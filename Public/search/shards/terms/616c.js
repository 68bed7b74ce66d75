folioSearch("terms/616c",{"terms":{"alarm":[8],"all":[21,22,2],"alone":[20],"along":[14,21],"already":[17,26]}});
