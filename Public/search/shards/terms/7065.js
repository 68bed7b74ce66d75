folioSearch("terms/7065",{"terms":{"peak":"QoA=","peaked":[11],"people":[35,1,4,1],"per":"IEQ=","performance":[15],"person":[34]}});
