folioSearch("terms/6f72",{"terms":{"or":[39,1,1],"order":"BAEgAAg=","orders":[7],"ordinary":[35],"organisation":[39],"ortega":[10]}});
