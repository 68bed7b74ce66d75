folioSearch("terms/6c74",{"terms":{"ltd":[15,9]}});
