folioSearch("terms/7765",{"terms":{"we":"AAEM","website":[20],"week":"ABZKAEg=","weekly":[13,3],"weeks":[13,4,1,6],"well":[15,19],"went":"AOwBAQ==","were":[19],"west":[25,8]}});
