folioSearch("terms/706f",{"terms":{"point":[37],"points":[2],"portal":[21],"portals":[20],"portfolio":[1,44],"ports":[13,5],"portuaire":[13,5],"possible":[11],"post":[12]}});
