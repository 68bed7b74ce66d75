folioSearch("records/1",[
["person","Sam Lee","team/sam-lee/index.html","Account Executive · Salesperson · US East",null,null,null],
["person","Tomás Herrera","team/tomas-herrera/index.html","Account Manager · Account manager · US West",null,null,"tomas-herrera"],
["chapter","What an account manager does","guide/what-an-account-manager-does/index.html","The person a client talks to most, whose job is to keep that client well served after the sale, and what that means for targets at a software company.",null,null,null],
["chapter","Sales and account management","guide/sales-and-account-management/index.html","Salespeople win new clients and learn about them along the way; account managers carry the relationship after the deal closes, including its renewals and growth.",null,null,null],
["chapter","Why keeping clients matters","guide/why-retention-matters/index.html","Keeping a client costs less than replacing one, and the money spent winning a client is only repaid if they stay.",null,null,null],
["chapter","The work, day to day","guide/day-to-day/index.html","Routine care of each account, several hats, a lot of coordination inside Harborline, and more travel than most people expect.",null,null,null],
["chapter","Taking over from a handoff","guide/the-handoff/index.html","When the handoff brief is due, what a good one holds, how to read it, how to run the first call and what to check before you rely on it.",null,null,null],
["chapter","Running a QBR","guide/running-a-qbr/index.html","How to prepare a quarterly business review, what to put on its agenda, and the follow-up that makes it worth the client's time.",null,null,null],
["chapter","The renewal timeline","guide/the-renewal-timeline/index.html","What happens 120, 90, 60 and 30 days before a renewal date, and what to do when the date passes without a signature.",null,null,null],
["chapter","Handling a red account","guide/handling-a-red-account/index.html","What to do in the first week after an account turns red or is marked at risk, when and how to escalate, and how to write a save plan.",null,null,null],
["chapter","Reading this site's figures","guide/reading-the-portfolio/index.html","What the overview, the renewals page, the agenda and the team pages show, and how health bands, renewal buckets, accounts at risk, GRR, NRR and NPS are worked out.",null,null,null],
["chapter","The role from the client's side","guide/account-managers-you-already-know/index.html","Your clients deal with account managers from every vendor they use, know how the role works, and use it when they negotiate; and an account manager is not an accountant.",null,null,null],
["chapter","Background and skills","guide/background-and-skills/index.html","Most account managers come from business, marketing or communications, and succeed on organisation, communication and professionalism.",null,null,null],
["chapter","Career path and pay","guide/career-and-pay/index.html","From account manager to senior, director and vice president, what the role pays across all industries according to Payscale as of 2024, and what moves pay.",null,null,null]
]);
