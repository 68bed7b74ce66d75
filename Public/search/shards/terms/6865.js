folioSearch("terms/6865",{"terms":{"he":[22],"heads":[3],"health":[41,1],"healthcare":[5],"healthy":[8],"hearing":[35],"held":"ADQ=","helen":[10,17],"her":[24,21],"herrera":"aQoKAAI="}});
