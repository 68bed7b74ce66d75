folioSearch("terms/6375",{"terms":{"customer":"hgCyAAAQ","customers":"gAGgAAAI","cut":[18]}});
