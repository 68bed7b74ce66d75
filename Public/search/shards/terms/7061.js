folioSearch("terms/7061",{"terms":{"page":[42],"pages":[42],"parcel":[9,10],"parts":[3],"party":[15,9],"passed":[5],"passes":[40],"past":[4],"path":[44,1],"pay":[45],"pays":[45],"payscale":[45]}});
