folioSearch("terms/6279",{"terms":{"by":"gAmEARA="}});
