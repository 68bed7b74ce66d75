folioSearch("terms/6461",{"terms":{"dana":"FgARBAAg","dashboards":[14],"data":"AAiQ","date":"sBABAAAB","daventry":[15],"day":"oCALACA=","days":"ABQQAEAB"}});
