folioSearch("terms/6167",{"terms":{"again":[36],"against":[8],"agenda":[39,3],"agree":[39],"agreed":"ECQ=","agricultural":"ABBA","agriculture":"ABBA"}});
