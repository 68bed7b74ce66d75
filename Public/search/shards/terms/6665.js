folioSearch("terms/6665",{"terms":{"february":[8,6],"feed":[13],"fell":[11,7],"fewer":[4]}});
