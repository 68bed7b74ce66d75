folioSearch("facets/industry-food-and-beverage-distribution",[6,8]);
