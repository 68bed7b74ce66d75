folioSearch("terms/726f",{"terms":{"roadmap":[2],"role":[43,2],"roles":[43],"rollout":[1,1],"room":[21],"route":"IkII","routes":"AEII","routine":[37],"routing":[5],"rowan":[15,9]}});
