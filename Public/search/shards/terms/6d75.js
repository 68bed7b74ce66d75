folioSearch("terms/6d75",{"terms":{"muller":[8,15]}});
