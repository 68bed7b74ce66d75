folioSearch("terms/6f6e",{"terms":{"on":"nrvfAIwE","onboard":[24],"onboarding":[7,6,3,20],"once":[34],"one":"kCC0AXQ=","ones":[39,1],"online":[7],"only":[4,32]}});
