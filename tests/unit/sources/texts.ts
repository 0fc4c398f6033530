// Small texts written for the source tests: one wire story, a syndicated copy of it, a trimmed
// copy, an independent report of the same event, and a French report.

export const WIRE = `RIGA, June 27 (Wire) - Latvia's parliament voted on Friday to withdraw from the Ottawa \
Convention, the treaty that bans anti-personnel landmines, citing the military threat posed by neighbouring Russia and \
Belarus.
The Saeima approved the withdrawal by 68 votes to 24, with most of the governing coalition and the opposition \
nationalists backing the bill. The decision still needs the signature of President Edgars Rinkevics, who has said he \
supports it.
Defence Minister Andris Spruds told lawmakers that the security environment in the region had changed fundamentally \
since Latvia joined the convention in 2005. "We cannot tie our hands while our neighbour uses every weapon it has," he \
said.
Human rights groups criticised the move. The International Campaign to Ban Landmines said the vote was a step \
backwards that would put civilians at risk for decades after any conflict ends.
Under the convention, a withdrawal takes effect six months after the depositary, the United Nations Secretary-General, \
receives the notification. Estonia and Lithuania are considering similar steps, and Poland and Finland have announced \
plans to leave.
Officials said Latvia had no plans to deploy landmines in peacetime but wanted the option to do so quickly if \
attacked.`;

export const COPY = `Baltic state votes to quit landmine ban treaty
By our foreign desk
${WIRE.replace('RIGA, June 27 (Wire) - ', '')}
Sign up for our morning briefing to get the day's top stories in your inbox. Follow us on social media for more news \
from the Baltic region. Copyright 2025 Daily Courier. All rights reserved.`;

export const TRIMMED = WIRE.split('\n').slice(0, 4).join('\n');

export const OTHER = `Latvian lawmakers have backed leaving the international treaty that outlaws anti-personnel \
mines, joining a regional shift driven by fears of Russia.
In a session on Friday, members of the Saeima supported a government bill to quit the 1997 accord, known as the Ottawa \
Convention. The bill now goes to the president.
Supporters argued the country's eastern border needs every available defence. Opponents, including several independent \
members, warned that mines kill and maim long after wars end, and that the country's reputation would suffer.
Neighbouring Estonia is holding a similar debate, while Lithuania's parliament voted earlier this month. Finland and \
Poland announced their own plans in the spring.
The government stressed that no mines would be laid unless the country came under attack, and that stockpiles would be \
kept under strict control. Campaigners said they would urge the president to veto the measure.`;

export const FRENCH = `Le parlement letton a voté vendredi en faveur du retrait de la Convention d'Ottawa, le traité \
qui interdit les mines antipersonnel, en invoquant la menace militaire que représente la Russie voisine.
Le texte a été adopté par 68 voix contre 24. La décision doit encore être signée par le président, qui a déjà \
dit qu'il la soutenait. Les organisations de défense des droits humains ont critiqué cette décision, qui mettrait \
selon elles les civils en danger pour des décennies.`;
