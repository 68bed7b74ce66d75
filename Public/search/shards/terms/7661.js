folioSearch("terms/7661",{"terms":{"validated":[20],"validation":[16],"value":[10],"vantage":[16,4]}});
