folioSearch("terms/6167",{"terms":{"again":[36],"against":[8],"agreed":"ECQ=","agricultural":"ABBA","agriculture":"ABBA"}});
