folioSearch("terms/6472",{"terms":{"driver":[3,11],"drivers":"IEU="}});
