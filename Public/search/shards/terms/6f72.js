folioSearch("terms/6f72",{"terms":{"or":"AAAAAIA7","order":"BAEgACA=","orders":[7],"organisation":[44],"ortega":[10]}});
