folioSearch("facets/industry-cold-chain-logistics",[8,15]);
