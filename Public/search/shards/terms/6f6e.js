folioSearch("terms/6f6e",{"terms":{"on":"nrvfAIw1","onboard":[24],"onboarding":[7,6,3,20],"once":[34],"one":"kCC0AXQE","ones":[39,2],"online":[7],"only":[4,32]}});
