folioSearch("terms/3330",{"terms":{"30":"IAgI","30th":[13]}});
