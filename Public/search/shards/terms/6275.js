folioSearch("terms/6275",{"terms":{"buckets":[42],"budget":[22],"building":[11],"built":[11],"business":[36,3,5],"but":"IEQQAQAT","buyer":[5]}});
