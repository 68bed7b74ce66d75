folioSearch("terms/6f70",{"terms":{"op":"ABBA","open":[3],"operations":"JCIR","optimizer":"IkII"}});
