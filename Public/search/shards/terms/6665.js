folioSearch("terms/6665",{"terms":{"february":[8,6],"feed":[13],"fell":[11,7],"few":[42],"fewer":[4]}});
