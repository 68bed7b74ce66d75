folioSearch("terms/6576",{"terms":{"evaluation":[8,8],"evaluations":[36],"even":[41],"every":"ggCKABA=","everyone":[34],"everything":[35],"evidence":[23]}});
