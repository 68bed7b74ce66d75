folioSearch("terms/6f79",{"terms":{"oyelaran":"AKGEQQ=="}});
