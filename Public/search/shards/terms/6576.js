folioSearch("terms/6576",{"terms":{"evaluation":[8,8],"every":"ggCKAJAN","everyday":[37],"everyone":[34],"everything":[37],"evidence":[23]}});
