folioSearch("terms/7368",{"terms":{"shaky":[15],"shared":[10],"she":[21],"shift":[4,4],"shipped":[9],"ships":[17],"shopping":[2],"show":[24,18],"showed":[18]}});
