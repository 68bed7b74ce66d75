folioSearch("terms/6369",{"terms":{"cio":[1]}});
