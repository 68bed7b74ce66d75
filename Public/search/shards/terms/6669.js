folioSearch("terms/6669",{"terms":{"figure":[10],"figures":[45],"finding":[20],"findings":[23],"fiona":[24],"first":"ANIQAEAS","five":"EAgQ","fix":"AAaA"}});
