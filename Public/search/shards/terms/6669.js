folioSearch("terms/6669",{"terms":{"figure":[10,32],"figures":[42],"finding":[20],"findings":[23],"fiona":[24],"first":"ANIQAEAi","five":"EAgQ","fix":"AAaA"}});
