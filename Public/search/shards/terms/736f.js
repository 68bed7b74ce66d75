folioSearch("terms/736f",{"terms":{"so":[1,11,27],"societe":[13,5],"sofa":[7],"software":"AAAIAIQI","solutions":[29],"sources":[42]}});
