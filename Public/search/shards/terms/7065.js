folioSearch("terms/7065",{"terms":{"peak":"QoA=","peaked":[11],"people":[36,1,6,2],"per":"IEQ=","performance":[15],"person":[34]}});
