folioSearch("terms/7472",{"terms":{"tracking":[21],"trade":[18,6],"trailers":[1],"train":[12],"tran":[21],"transport":[1],"travel":[35],"trial":[19],"truck":[12,6],"trucking":[2],"trucks":"ABBE"}});
