folioSearch("terms/7061",{"terms":{"pages":[42],"parcel":[9,10],"part":[38],"parts":[3],"party":[15,9],"passed":[5],"past":[4],"path":[39,1],"pay":[40],"pays":[40],"payscale":[40]}});
