folioSearch("terms/6576",{"terms":{"evaluation":[8,8],"evaluations":[36],"even":[43],"every":"ggCKABAF","everyone":[34],"everything":[35],"evidence":[23]}});
