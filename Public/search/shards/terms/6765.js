folioSearch("terms/6765",{"terms":{"general":[22],"geocoding":[9],"german":[8],"get":[18]}});
