folioSearch("terms/7765",{"terms":{"we":"AAEM","website":[20],"week":"ABZKAGAK","weekly":[13,3],"weeks":"ACAGAQAB","well":[15,19,9],"went":"AOwBAQ==","were":[19],"west":[25,8]}});
