folioSearch("terms/6f6e",{"terms":{"on":"nrvfAOQX","onboard":[24],"onboarding":[7,6,3,20],"one":"kCC0AVwB","ones":[44,1],"online":[7],"only":[4,32]}});
