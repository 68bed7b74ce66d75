folioSearch("terms/6f70",{"terms":{"op":"ABBA","open":[3],"operation":[39],"operations":"JCIR","optimizer":"IkII"}});
