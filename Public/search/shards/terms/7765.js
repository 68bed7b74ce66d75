folioSearch("terms/7765",{"terms":{"we":"AAEM","website":[20],"week":"ABZKAEgQ","weekly":[13,3],"weeks":"ACAGAQAE","well":[15,19],"went":"AOwBAQ==","were":[19],"west":[25,8]}});
