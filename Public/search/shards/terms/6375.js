folioSearch("terms/6375",{"terms":{"customer":"hgCyAIAI","customers":"gAGg","cut":[18]}});
