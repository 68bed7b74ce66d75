folioSearch("terms/6e6f",{"terms":{"no":[3,3,33],"nobody":[21],"non":[11],"northgate":[9,10],"not":"MMhgAAA5","notes":[3],"november":"sCBA","now":[7]}});
