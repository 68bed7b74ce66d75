folioSearch("terms/7061",{"terms":{"pages":[45],"parcel":[9,10],"part":[38],"parts":[3],"party":[15,9],"passed":[5],"passes":[42],"past":[4],"path":[39,2],"pay":[41],"pays":[41],"payscale":[41]}});
