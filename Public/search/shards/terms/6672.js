folioSearch("terms/6672",{"terms":{"freight":[2],"freightlane":[24],"from":"ofbHAOAy"}});
