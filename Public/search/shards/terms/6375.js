folioSearch("terms/6375",{"terms":{"customer":"hgCyAIAC","customers":"gAGg","cut":[18]}});
