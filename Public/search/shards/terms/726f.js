folioSearch("terms/726f",{"terms":{"roadmap":[2],"role":[40,1],"roles":[41],"rollout":[1,1],"room":[21],"route":"IkII","routes":"AEII","routine":[35],"routing":[5],"rowan":[15,9]}});
