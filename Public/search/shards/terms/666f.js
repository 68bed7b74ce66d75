folioSearch("terms/666f",{"terms":{"follow":[39],"followed":[2,13],"food":[6,8],"foodservice":[6],"for":"tv3vAIQB","forgiven":[4],"form":[2],"formats":[7],"found":[19,5]}});
