folioSearch("terms/7261",{"terms":{"raised":[8],"raman":"gFRggA==","ran":[18],"rate":[2]}});
