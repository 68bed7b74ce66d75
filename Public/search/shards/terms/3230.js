folioSearch("terms/3230",{"terms":{"20":"IAIE","200":[19],"2022":[1],"2023":"Fg==","2024":"IEyAAQAg","2025":"EpFA","2026":"tr0R","2027":"BMA="}});
