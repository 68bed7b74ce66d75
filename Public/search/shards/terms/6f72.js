folioSearch("terms/6f72",{"terms":{"or":"AAAAAIAf","order":"BAEgAAg=","orders":[7],"ordinary":[35],"organisation":[39],"ortega":[10]}});
