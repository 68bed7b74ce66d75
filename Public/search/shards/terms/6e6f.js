folioSearch("terms/6e6f",{"terms":{"no":[3,3,38],"nobody":[21],"non":[11],"northgate":[9,10],"not":"MMhgAIAK","notes":[3],"november":"sCBA","now":[7]}});
