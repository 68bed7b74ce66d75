folioSearch("terms/6672",{"terms":{"freight":[2,32],"freightlane":[24],"from":"ofbHAEg+"}});
