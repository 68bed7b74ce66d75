folioSearch("terms/6461",{"terms":{"dana":"FgARBA==","dashboards":[14],"data":"AAiQ","date":"sBABAAAE","daventry":[15],"day":"oCALAAg=","days":"ABQQAEAE"}});
