folioSearch("terms/7069",{"terms":{"pickups":[2],"pilot":[13,5],"pinecrest":[11],"pitch":[39]}});
