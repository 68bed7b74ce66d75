folioSearch("terms/706c",{"terms":{"place":[16,5],"plan":"ACQBAAAC","planned":[1,8],"planners":"ACAM","planning":"ABMI","plans":"IEAI","plant":[4],"plants":[4]}});
