folioSearch("facets/industry-seafood-wholesale",[0,17]);
