folioSearch("terms/6a65",{"terms":{"jensen":[22]}});
