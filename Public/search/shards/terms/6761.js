folioSearch("terms/6761",{"terms":{"gary":[4],"gate":"BCAE","gave":[18]}});
