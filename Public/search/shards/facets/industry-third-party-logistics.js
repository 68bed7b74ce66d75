folioSearch("facets/industry-third-party-logistics",[15,9]);
