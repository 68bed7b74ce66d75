folioSearch("terms/6461",{"terms":{"dana":"FgARBA==","dashboards":[14],"data":"AAiQ","date":"sBAB","daventry":[15],"day":"oCALAAg=","days":"ABQQAEA="}});
