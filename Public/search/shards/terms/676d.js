folioSearch("terms/676d",{"terms":{"gmbh":[8,15]}});
