folioSearch("terms/6167",{"terms":{"again":[36],"against":[8],"agenda":[40],"agree":[40],"agreed":"ECQ=","agricultural":"ABBA","agriculture":"ABBA"}});
