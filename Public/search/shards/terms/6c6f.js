folioSearch("terms/6c6f",{"terms":{"load":[10],"loading":[14],"log":[42],"loggers":[23],"logistics":"AJGRAQ==","long":[8,10],"look":[35,4],"losing":[17],"lost":[36],"lot":[35,2]}});
