folioSearch("records/0",[
["client","Acme Logistics","clients/acme/index.html","Flagship logistics account.","Logistics","Tier 1","dana"],
["client","Globex, Inc.","clients/globex-7/index.html",null,"Retail","Tier 2","dana"],
["handoff","Acme Logistics","handoffs/acme-2026/index.html","Manual dispatch could not scale.","Logistics","Tier 1","dana"],
["person","Dana Whitfield","team/dana/index.html","Account Manager · Account manager · West",null,null,"dana"],
["person","Sam Lee","team/sam/index.html","Account Executive · Salesperson · West",null,null,null],
["chapter","The job","guide/the-job/index.html","What an account manager does.",null,null,null]
]);
