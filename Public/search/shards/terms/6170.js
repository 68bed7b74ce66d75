folioSearch("terms/6170",{"terms":{"app":[3,5],"approval":[12],"april":[15]}});
