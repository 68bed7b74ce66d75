folioSearch("terms/736f",{"terms":{"so":[1,11,28],"societe":[13,5],"sofa":[7],"software":[19,21],"solutions":[29],"sorts":[45]}});
