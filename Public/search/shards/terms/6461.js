folioSearch("terms/6461",{"terms":{"dana":"FgARBAAg","dashboards":[14],"data":"AAiQ","date":"sBABAAAF","daventry":[15],"day":"oCALACA=","days":"ABQQAEAB"}});
