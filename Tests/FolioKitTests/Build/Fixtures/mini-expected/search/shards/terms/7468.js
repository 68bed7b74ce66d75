folioSearch("terms/7468",{"terms":{"the":"Jw==","three":[2]}});
