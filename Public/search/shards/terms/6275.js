folioSearch("terms/6275",{"terms":{"buckets":[45],"budget":[22],"building":[11],"built":[11],"business":[36,3,1],"but":"IEQQAYAU","buyer":[5]}});
