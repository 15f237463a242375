// Dates as data: each fixture is a tiny article whose [[span|TYPE value]] markers are exactly the dates that
// findDates must report; a missing date and an extra one both fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/analysis/article';
import { findDates, type DateOptions } from '../../server/src/analysis/dates';
import { parseFixture } from '../support/fixture';
import { recognise, recogniseByFullScan } from '../../server/src/analysis/dates/rules';

const defaults: DateOptions = { numericOrder: 'month-first' };

function run(text: string, options: Partial<DateOptions> = {}, referenceDate?: string) {
  const article = parseArticle(text, referenceDate ? { referenceDate } : {});
  return findDates(article, { ...defaults, ...options });
}

function check(source: string, options: Partial<DateOptions> = {}) {
  const fixture = parseFixture(source);
  const { dates } = run(fixture.text, options);
  const found = dates.map((d) => `${JSON.stringify(d.text)}@${d.start} ${d.type} ${d.value}`).sort();
  const expected = fixture.marks.map((m) => `${JSON.stringify(m.text)}@${m.start} ${m.label}`).sort();
  assert.deepEqual(found, expected);
}

const dated = (body: string, date = '2025-07-03') => `---\ndate: ${date}\n---\n${body}`;

// 2025-07-03 is a Thursday.
const cases: Record<string, string> = {
  'reference article phenomena (own words)': dated(`
The prime minister said he would phone the chancellor on [[Thursday|DATE 2025-07-03]], their first call in [[over two weeks|DURATION P2W]].
It is their fifth talk since the chancellor took office in [[January|DATE 2025-01]].
She did not say what [[Thursday|DATE 2025-07-03]]’s call would cover.
“I will speak to her [[today|DATE 2025-07-03]],” he told reporters.
The office said the call would begin at [[10.00 am|TIME 2025-07-03T10:00]] ([[1400 GMT|TIME 2025-07-03T14:00]]). “Talking to the chancellor at [[10:00 A.M.|TIME 2025-07-03T10:00]] Thanks!” she wrote.
The two have traded compliments in [[recent weeks|DURATION PXW]].
He said [[last week|DATE 2025-W26]] that relations were improving.
She is also likely to speak with the president on [[Friday|DATE 2025-07-04]], a newspaper reported.
The decision [[earlier this week|DATE 2025-W27]] to halt deliveries surprised allies.
The programme is due to end [[this summer|DATE 2025-SU]].
`),

  'absolute dates in news forms': dated(`
The treaty was signed on [[July 3, 2025|DATE 2025-07-03]] and ratified on [[3 July 2024|DATE 2024-07-03]].
Talks resume [[Jul. 8|DATE 2025-07-08]]; the deadline is [[2025-08-01|DATE 2025-08-01]] and the filing was dated [[07/14/2025|DATE 2025-07-14]].
Elections were held in [[June 2019|DATE 2019-06]], in [[2021|DATE 2021]] and in [[the 1990s|DATE 199]].
The vote is on [[the 21st|DATE 2025-07-21]].
`),

  'weekdays follow the tense of the clause': dated(`
The minister resigned on [[Monday|DATE 2025-06-30]] and will testify on [[Monday|DATE 2025-07-07]].
Officials met [[last Friday|DATE 2025-06-27]] and meet again [[next Tuesday|DATE 2025-07-08]].
He spoke on [[Thursday morning|DATE 2025-07-03TMO]].
The leaders will talk [[Saturday morning|DATE 2025-07-05TMO]].
`),

  'a time takes the day named right after it': dated(`
The vote opens at [[10 a.m.|TIME 2025-07-04T10:00]] on [[Friday|DATE 2025-07-04]] and closes at [[midnight|TIME 2025-07-06T24:00]] on [[Sunday|DATE 2025-07-06]].
The deal expires at [[midnight|TIME 2025-12-31T24:00]] on [[Dec. 31|DATE 2025-12-31]]. Police were called at [[3.40am|TIME 2025-06-29T03:40]] on [[29 June|DATE 2025-06-29]].
They will host the leaders at [[2pm|TIME 2025-07-06T14:00]] [[this Sunday|DATE 2025-07-06]]. They hosted others at [[noon|TIME 2025-06-29T12:00]] [[last Sunday|DATE 2025-06-29]].
The round ended at [[11 p.m.|TIME 2025-07-01T23:00]] ([[2100 GMT|TIME 2025-07-01T21:00]]) on [[Tuesday|DATE 2025-07-01]].
`),

  'a time without a day takes the day of the sentence before in its paragraph, not across paragraphs': dated(`
The senator spoke on [[Tuesday night|DATE 2025-07-01TNI]]. In a post at [[10:42 p.m.|TIME 2025-07-01T22:42]], she thanked her staff.

Her office replied at [[9 a.m.|TIME 2025-07-03T09:00]]

The warning runs until [[06:00|TIME 2025-07-05T06:00]] on [[Saturday|DATE 2025-07-05]]. Gusts were recorded at [[15:00|TIME 2025-07-03T15:00]].
`),

  'an arrangement with "is to" or a present progressive looks ahead, and "to cut" is no past': dated(`
The carmaker is to shut its plant on [[Monday|DATE 2025-07-07]], and ministers are meeting in Rome on [[Tuesday|DATE 2025-07-08]].
The council is holding a vote on [[Wednesday|DATE 2025-07-09]]. It is continuing to honour a [[June|DATE 2025-06]] deal.
The mill plans to cut 200 jobs in [[November|DATE 2025-11]]; the mine cut 100 jobs in [[October|DATE 2024-10]].
`),

  'a timetable in the present tense looks ahead, and a condition is no past': dated(`
The agreement expires on [[Dec. 31|DATE 2025-12-31]] unless renewed. Talks resume [[Monday|DATE 2025-07-07]].
The envoys failed to resume talks on [[Monday|DATE 2025-06-30]]. The two leaders meet on [[Tuesday|DATE 2025-07-08]]. The meet on [[Sunday|DATE 2025-06-29]] was a draw.
The launch is at [[10 a.m.|TIME 2025-07-04T10:00]] on [[Friday|DATE 2025-07-04]]; the teams are on the verge of a deal.
The trial opens on [[Monday|DATE 2025-07-07]], and the festival begins in [[June|DATE 2026-06]].
The plant was closed in [[June|DATE 2025-06]].
`),

  'deictic days and relative units': dated(`
Markets fell [[yesterday|DATE 2025-07-02]] and may recover [[tomorrow|DATE 2025-07-04]]; the vote is [[tonight|TIME 2025-07-03TNI]].
Sales rose [[last month|DATE 2025-06]] and will be reported [[next month|DATE 2025-08]].
The company grew [[this year|DATE 2025]] after losses [[last year|DATE 2024]].
The plant closed [[two weeks ago|DATE 2025-W25]] after [[three years|DURATION P3Y]] of losses.
Prices have risen over [[the past several months|DURATION PXM]] and for [[a decade|DURATION P10Y]].
The ceasefire has held [[since March|DATE 2025-03]]. Shares fell [[the week before last|DATE 2025-W25]] and [[the year before last|DATE 2023]].
`.replace('[[since March|DATE 2025-03]]', 'since [[March|DATE 2025-03]]')),

  'times and zones': dated(`
[[16:40|TIME 2025-07-03T16:40]] — Power is back. Turnout was 16:40 by one count.
Entries close at [[11:59 p.m. Pacific time|TIME 2025-07-15T23:59]] on [[July 15|DATE 2025-07-15]].
The summit opens at [[9 a.m. EDT|TIME 2025-07-03T09:00]] and closes at [[noon|TIME 2025-07-03T12:00]].
Polls close at [[midnight|TIME 2025-07-03T24:00]]; results come at [[1900 GMT|TIME 2025-07-03T19:00]].
`),

  'sets, quarters, fiscal years and seasons': dated(`
The council meets [[every Monday|SET XXXX-WXX-1]] and reports [[annually|SET P1Y]].
Children who exercise [[60 minutes|DURATION PT60M]] [[a day|SET P1D]] and plants making 150,000 cars [[a year|SET P1Y]] run at a rate.
Profit rose in [[the third quarter|DATE 2025-Q3]] and in [[Q1 2024|DATE 2024-Q1]]; [[fiscal 2026|DATE 2026]] looks weaker.
Analysts expect growth in [[2H 2025|DATE 2025-H2]] and in [[the first quarter of next year|DATE 2026-Q1]]; 2H alone is no date.
Prices fell in [[the autumn of last year|DATE 2024-FA]] and rise in [[March of next year|DATE 2026-03]]; the March of Dimes met.
Tourism fell [[last winter|DATE 2024-WI]].
The market is closed on [[Christmas Day|DATE 2025-12-25]].
Shops stay shut on [[Boxing Day|DATE 2025-12-26]], and fireworks are planned for the [[Fourth of July|DATE 2025-07-04]].
`),

  'not dates: numbers, names, verbs and titles': dated(`
Call 555-2024 or +44 20 7946 0958 for version 2.10.3 of the app.
The team won 3-1 and paid $2,025 for 1500 tickets; the ship is 2000 metres long.
Theresa May said the March was peaceful, and they may march again.
The Sunday Times and the Black Friday sales drew crowds.
Troops from the 2nd Battalion were beaten by the 3rd-placed side; she is on the 4th District slate.
The screens show 2048 * 1080 pixels.
The duo won for Saturday Night Takeaway, and he spoke on Sunday Morning Futures.
`),

  'in an article that names someone May, a bare May after of, for, on, to, and, or is the person': dated(`
Mrs May told colleagues the pressure on May was growing, and a defeat would be a blow for May.
Critics of May and allies of Johnson met.
The vote will be planned for [[May|DATE 2026-05]] and talks will run from [[April|DATE 2026-04]] to [[May|DATE 2026-05]].
She was elected in [[May|DATE 2025-05]].
`, '2026-02-05'),

  'a capitalised word before a holiday, or a capitalised Last inside a sentence, makes another day or a title': dated(`
Schools mark Holocaust Memorial Day on [[27 January|DATE 2026-01-27]], and the choir sang Wham's Last Christmas.
[[This Christmas|DATE 2026-12-25]], the shops will open on [[Boxing Day|DATE 2026-12-26]]. "[[Last Christmas|DATE 2025-12-25]] was quiet," she said.
`, '2026-01-15'),

  'earnings reports compare with the quarter under discussion': dated(`
Acme said net income for [[the first quarter|DATE 2025-Q1]] rose to $5 million from $4 million [[a year earlier|DATE 2024-Q1]].
After a weak [[fourth quarter|DATE 2024-Q4]], sales in [[the 2025 period|DATE 2025-Q1]] beat [[the corresponding period last year|DATE 2024-Q1]].
Costs in [[the quarter a year ago|DATE 2024-Q1]] were higher, and the outlook for [[the second quarter|DATE 2025-Q2]] is flat.
Revenue for [[the year-ago quarter|DATE 2024-Q1]] was restated. Hiring slows in [[the first half of 2026|DATE 2026-H1]].
`, '2025-05-02'),

  'the first or last three months of a year put its first or fourth quarter under discussion': dated(`
Sales rose in [[the fiscal third quarter|DATE 2025-Q3]]. Profit in [[the last three months|DURATION P3M]] of [[2025|DATE 2025]] was $5m, against $4m [[a year earlier|DATE 2024-Q4]].
`, '2026-02-02'),

  'figures of a quarter more than one ahead are last year\'s; an outlook looks one quarter ahead': dated(`
The agency will publish its estimate of [[third quarter|DATE 2025-Q3]] growth on [[Friday|DATE 2026-02-06]], and the retailer expects higher sales in [[the second quarter|DATE 2026-Q2]].
Economists may revise growth in [[the fourth quarter|DATE 2025-Q4]].
`, '2026-02-02'),

  'a half or quarter of a game is no date; a half of the year goes with money': dated(`
Rooney scored in the first half, and a second-half header from the winger sealed it. The final quarter was all kicking.
The club's owners were not at the ground.
Sales will slow in [[the second half|DATE 2025-H2]], when exports fall, the finance chief said.
`, '2025-05-02'),

  'a quarter that ends on a date is the calendar quarter of that date, unless one is under discussion': dated(`
Delta expects a loss for [[the quarter|DATE 2025-Q4]] ending [[Dec. 31|DATE 2025-12-31]].
`, '2025-10-26'),
  'a fiscal quarter under discussion keeps its number': dated(`
In [[the fiscal first quarter|DATE 2025-Q1]], sales rose; for [[the quarter|DATE 2025-Q1]] ended [[Sept. 30|DATE 2025-09-30]], Sun earned more.
`, '2025-10-26'),

  'years for dates without one follow the clause': dated(`
The chain had revenue of $80 million in [[the fiscal year|DURATION P1Y]] that ended [[March 31|DATE 2025-03-31]].
Suppliers were told of a cut in deliveries in [[September|DATE 2025-09]].
The bloc decided to admit the two states in [[early March|DATE 2026-03]], an official said.
`, '2025-08-14'),

  'a passive participle is not a past tense': dated(`
If the family loses, the appeal is heard in [[June|DATE 2025-06]].
`, '2025-02-10'),

  'after a modal, "have" before a word that is no participle is possession, not the perfect': dated(`
The candidates will have until [[Friday|DATE 2025-07-04]] to file, and the fund may have trouble in [[November|DATE 2025-11]].
He could have won on [[Monday|DATE 2025-06-30]].
`),

  'a sentence that opens with a condition looks ahead; "if" inside a sentence may be "whether"': dated(`
If the mayor wins the vote [[Tuesday|DATE 2025-07-08]], the plan goes ahead. Unless the council agrees on [[Friday|DATE 2025-07-04]], it fails.
It was unclear if the talks on [[Monday|DATE 2025-06-30]] had worked.
`),

  'fractions, ranges and decades': dated(`
The refugees spent [[2 1/2 years|DURATION P2Y6M]] in the camps and waited [[an hour and a half|DURATION PT1H30M]] at the gate.
Orders fell to their lowest level in [[one-and-a-half years|DURATION P1Y6M]], and the coach agreed a [[three-and-a-half-year|DURATION P3Y6M]] deal.
Repairs will take [[three to four weeks|DURATION PXW]]. Prices peaked in [[the late 1990s|DATE 199]].
`),

  'tense cues that are not tenses, and dates counted from the last one named': dated(`
Dozens were hurt in the blast next to the ministry on [[Friday|DATE 2025-06-27]].
The ferry left port in [[1998|DATE 1998]] and sank [[later that year|DATE 1998]]; the inquiry opened [[the following year|DATE 1999]].
The firm listed in [[March 2019|DATE 2019-03]] and was sold [[the following month|DATE 2019-04]].
[[Third-quarter|DATE 2025-Q3]] orders fell.
`, '2025-07-03'),

  'reporting periods, pairs of days, years in words and adjectives of frequency': dated(`
The retailer earned $3 million in [[the year|DURATION P1Y]] ended [[March 31|DATE 2025-03-31]] and expects to close the deal by [[year-end|DATE 2025]].
The fair runs on [[June 24|DATE 2025-06-24]] and [[25|DATE 2025-06-25]], and the races on [[12|DATE 2025-07-12]]-[[13 July|DATE 2025-07-13]].
The hearing is set for [[the week of July 14|DATE 2025-W29]]. The singer's career began in [[nineteen eighty-four|DATE 1984]].
Officials hold a [[daily|SET P1D]] briefing, the party daily Pravda said, and the [[weekly|SET P1W]] market opens at [[the end of the month|DATE 2025-07]].
`),

  'a day counted from a named weekday, holiday weeks, hours by part of day, prefixed years, months before event nouns': dated(`
The envoy flew in [[the day before last Monday|DATE 2025-06-29]]'s vote, and aides met [[the day after Tuesday|DATE 2025-07-02]].
Pilgrims will gather in the city for [[Holy Week|DATE 2026-W14]], and markets close during [[Easter week|DATE 2026-W14]].
The ferry will sail at [[5 in the morning|TIME 2025-07-04T05:00]] ([[5 a.m. BST Friday|TIME 2025-07-04T05:00]]), and the crew sleeps until [[ten at night|TIME 2025-07-03T22:00]].
Historians compare [[post-1945|DATE 1945]] reconstruction with [[pre-1914|DATE 1914]] diplomacy.
Officials expect the [[May|DATE 2026-05]] elections to be close. The [[March|DATE 2025-03]] summit set the agenda.
Theresa May said the March was peaceful; the team had 2 in the morning session.
`),

  'payments and changes announced ahead, adjectives in -ed, and a month with no tense cue': dated(`
The company said the reduced dividend is payable [[Jan. 5|DATE 2026-01-05]] to holders of record.
The board named a new chief executive, effective [[Feb. 1|DATE 2026-02-01]].
The stock split would be paid on a still unspecified date in [[January|DATE 2026-01]].
`, '2025-11-03'),

  'a month with no tense cue is the nearest one': dated(`
Her flats, worth $2 million in [[October|DATE 2025-10]], fetch half that [[now|DATE PRESENT_REF]].
`, '2026-01-08'),

  'stretches counted from an event or used as adjectives, a day in apposition to a date, and a plan seen from the past': dated(`
The ferry sank on [[June 2|DATE 2025-06-02]]; [[three days|DURATION P3D]] later divers found the wreck, and [[a day|DURATION P1D]] earlier the crew had been warned.
Shares fell after [[June 20|DATE 2025-06-20]], [[the day|DATE 2025-06-20]] before the vote.
The offer had been due to expire [[Friday evening|DATE 2025-06-27TEV]] but was extended.
Lawyers left their third [[day-long|DURATION P1D]] meeting.
`),

  'generic today, the early hours, high noon, a narrative soon, a recurring early morning and an award of the year are not times': dated(`
Phones shape today's youth, the minister said [[today|DATE 2025-07-03]]. He would choose the people of tomorrow for the world of today.
Police raided the flat in the early hours of [[Friday|DATE 2025-06-27]]. For the striker it was high noon.
The hostage was soon released and the talks soon collapsed. Aid will arrive [[soon|DATE FUTURE_REF]], he said. Others left shortly thereafter.
Markets rose by [[late morning|TIME 2025-07-03TMO]]. She hosts an early morning show. He won the album of the year award.
`),

  'stretches ahead and the near or short term': dated(`
Prices will climb in [[the weeks ahead|DURATION PXW]] and over [[the months to come|DURATION PXM]], traders said.
Rates stay low in [[the near term|DATE FUTURE_REF]] and in [[the short term|DATE FUTURE_REF]]. Help for the long term unemployed ends.
Talks resume in [[a few days|DURATION PXD]]; the plant shut [[a few years ago|DATE PAST_REF]] after [[a couple of years|DURATION P2Y]] of losses.
The firm grew over [[the years|DURATION PXY]]; in [[the years|DURATION PXY]] that followed it shrank. In the years of plenty it hired.
Shipments resume within [[two to three weeks|DURATION PXW]].
The road ahead is long; the weeks were ahead of schedule; in the days ahead of the vote [[Monday|DATE 2025-06-30]] was calm.
`),

  'a couple of units without its article, a count after the past, and the then current': dated(`
Sales slowed over [[the last couple of weeks|DURATION P2W]] and will pick up in [[the next couple of days|DURATION P2D]].
Protests turned violent in the past three summers; she won six of the past seven contests.
Holders may buy at the [[then current|DATE PAST_REF]] price, not the [[current|DATE PRESENT_REF]] one.
`),

  'a part of the day with early, mid or late': dated(`
Shares rose by [[mid-afternoon|TIME 2025-07-03TAF]] after falling in [[early evening yesterday|TIME 2025-07-02TEV]].
`),

  'the year is one written in the same sentence or the one before': dated(`
Prices rose 9% in [[2024|DATE 2024]], but only 2% in [[the last three months|DURATION P3M]] of [[the year|DATE 2024]].
She won the [[2023|DATE 2023]] Open. She took four titles for [[the year|DATE 2023]].
Sales rose in [[2024|DATE 2024]] and in [[January|DATE 2025-01]], [[the first month|DURATION P1M]] of [[the year|DATE 2025]].
`, '2025-01-20'),

  'the year of a report': dated(`
For [[the year|DATE 2025]], volume was flat, though it grew in [[the first nine months|DURATION P9M]] of [[the year|DATE 2025]].
The firm expects a loss for [[the year|DURATION P1Y]] ending [[tomorrow|DATE 2025-07-04]]. The mayor had left in the year before.
Planting was delayed [[earlier in the year|DATE 2025]] by heavy rain.
`),

  'months and seasons of a year in words': dated(`
Prices last fell this far in [[the winter of nineteen ninety-four|DATE 1994-WI]]. [[March nineteen ninety-seven|DATE 1997-03]]: a second blast.
`),

  'an adverb of frequency after an amount is a rate': dated(`
Sales should rise 8% annually and the plant makes 10,000 units annually; the fair is held [[annually|SET P1Y]].
`),

  'last year compared in an earnings report': dated(`
Net for [[the first quarter|DATE 2025-Q1]] was $2 million, compared with a loss of $1 million [[last year|DATE 2024-Q1]].
Sales rose from [[last year|DATE 2024-Q1]]'s $9 million. [[Last year|DATE 2024]], the firm moved to Ohio.
`, '2025-05-02'),

  'in the past year is a date, over the past year a stretch': dated(`
Fraud cases doubled in [[the past year|DATE 2024]] and wages fell in [[the last decade|DATE 201]]; prices rose over [[the past year|DURATION P1Y]].
`),

  'one day as some day': dated(`
The coach says the club will [[one day|DATE FUTURE_REF]] win the league; the final lasted [[one day|DURATION P1D]].
She said she hoped to [[one day|DATE FUTURE_REF]] lead the party, and that he [[one day|DATE PAST_REF]] walked out.
`),

  'no reference date leaves relative dates underspecified': `
The minister spoke on [[Thursday|DATE XXXX-WXX-4]] and [[yesterday|DATE XXXX-XX-XX]], in [[July|DATE XXXX-07]] and in [[2024|DATE 2024]].
`,

  'days after conversions, deferrals, possessive weekdays, holidays with modifiers and conditional futures': dated(`
The blast occurred at about [[10:35 a.m.|TIME 2025-06-27T10:35]] ([[0735 GMT|TIME 2025-06-27T07:35]]) [[Friday|DATE 2025-06-27]], toppling a building.
Officials postponed until [[Tuesday morning|DATE 2025-07-08TMO]] any action on the permit.
Until [[Monday|DATE 2025-06-30]], they had not named a suspect.
Relatives said they would look for ways around [[Wednesday|DATE 2025-07-02]]'s ruling.
Protesters planned a march on [[Saturday|DATE 2025-07-05]] in the city centre.
He arrived in the city [[last Thanksgiving|DATE 2024-11-28]] after a long trip.
The issue will dominate the campaign until [[Election Day|DATE 2025-11-04]].
Security at the Thanksgiving Day Parade has tightened; the vote may come in [[the first half of next year|DATE 2026-H1]].
The guardian had not signed the agreement to hand him over if the relatives lose when the case is heard in [[September|DATE 2025-09]] in the appeals court.
`),

  'May and a day after a preposition of time is a date whatever word follows': dated(`
Acme holds its investor day on [[May 14|DATE 2026-05-14]] and reports in [[late April|DATE 2026-04]]. The board meets by [[May 2|DATE 2026-05-02]] to vote.
Theresa May 5 people said no.
`, '2026-02-05'),

  'a forecast looks ahead: predicted for, tipped to, forecast to': dated(`
With the election widely predicted for [[May|DATE 2026-05]], the party met [[last week|DATE 2026-W02]]. The poll, tipped for [[5 May|DATE 2026-05-05]], worried them.
Confidence was flat in [[December|DATE 2025-12]], but it is forecast to drop in the [[March|DATE 2026-03]] survey. She was tipped to speak on [[Monday|DATE 2026-01-19]].
`, '2026-01-15'),

  'a date before its clause dates a plan told in the past, not what was planned': dated(`
On [[Monday|DATE 2025-06-30]], the council planned to reopen the bridge. In [[March|DATE 2025-03]], the two sides agreed to set up a forum.
The council planned to reopen it on [[Monday|DATE 2025-07-07]]. On [[Monday|DATE 2025-07-07]], talks are planned to resume.
`),

  'a cue after the closing mark of the quotation that holds a date tells of the telling': dated(`
"I feel good about our chances in [[November|DATE 2025-11]]," the senator said. "They love us in [[September|DATE 2025-09]]," he said.
`),

  '"have" before a determiner is possession, not the perfect': dated(`
The striker will have a scan on [[Monday|DATE 2025-07-07]]. Voters have a chance to be heard in [[November|DATE 2025-11]].
`),

  'a modal with the perfect looks back': dated(`
She noted that [[Tuesday|DATE 2025-07-01]] would have been his birthday. He said [[Friday|DATE 2025-07-04]] would have to be the day.
`),

  'in January, this summer is the one ahead and this winter the one under way': dated(`
The band will headline [[this summer|DATE 2026-SU]]'s festival, and the film opens [[this spring|DATE 2026-SP]]. Snow is rare [[this winter|DATE 2025-WI]].
The coach moved to the club [[this summer|DATE 2025-SU]], officials said.
`, '2026-01-15'),

  'a participle after "is", "be" or "will" with an adverb between is not a past verb': dated(`
The award is to be formally presented on [[Monday|DATE 2025-07-07]]. The tower will be officially opened in [[September|DATE 2025-09]].
`),

  '"can" looks ahead': dated(`
She said only a candidate who can win in [[November|DATE 2025-11]] matters. He told voters they can register on [[Friday|DATE 2025-07-04]].
`),

  'a capitalised cue word inside a sentence is a name or a title': dated(`
He spoke on Meet the Press on [[Sunday|DATE 2025-06-29]], and she was on Face the Nation on [[Sunday|DATE 2025-06-29]].
`),

  '"is" before a date is a timetable': dated(`
[[Election Day|DATE 2026-11-03]] is [[Nov. 3|DATE 2026-11-03]], and the filing deadline is [[5 December|DATE 2026-12-05]].
`, '2026-02-20'),

  'a number before a street name is an address, unless a preposition of time comes first': dated(`
Protesters marched to 1600 Pennsylvania Avenue. Since [[1998|DATE 1998]] Main Street has changed.
`),

  'a year earlier compares with the year named before it in the sentence': dated(`
Profits rose to $5m in [[2023|DATE 2023]], from $4m [[a year earlier|DATE 2022]].
Growth slowed to 2% from 3% in [[2023|DATE 2023]] and debt fell from $6m [[a year earlier|DATE 2024]].
`),

  'the day after an undated event is not counted from the publication date': dated(`
The band appeared [[the day|DATE XXXX-XX-XX]] after winning the award. Aid arrived on [[the day after Christmas|DATE 2024-12-26]].
They met on [[Thursday morning|DATE 2025-07-03TMO]], [[the day|DATE 2025-07-03]] after the vote.
`),

  '"the same year that" an event told after it is that event\'s year': dated(`
The shop opened on [[Monday|DATE 2025-06-30]]. Its owner was born in [[the same year|DATE XXXX]] that plastic cards first appeared.
The band formed in [[2002|DATE 2002]], [[the same year|DATE 2002]] that the festival moved.
`),

  'the same time in another zone after a slash': dated(`
The debate starts at [[9 p.m. ET|TIME 2025-07-03T21:00]]/[[6 p.m. PT|TIME 2025-07-03T18:00]].
`),

  'a conversion that crosses midnight falls on the next day': dated(`
Polls close at [[8 p.m. Eastern time|TIME 2025-07-03T20:00]] ([[0000 GMT|TIME 2025-07-04T00:00]]).
`),

  'East and southern African, Pakistani and Beijing time zones': dated(`
The blast was at [[10:35 a.m. EAT|TIME 2025-07-03T10:35]] ([[0735 GMT|TIME 2025-07-03T07:35]]); talks open at [[9am Beijing time|TIME 2025-07-03T09:00]] ([[0100 GMT|TIME 2025-07-03T01:00]]).
`),

  'a leap day or a day of the month that the year or month lacks moves to the nearest one that has it': dated(`
He was born on [[Feb. 29|DATE 2020-02-29]]; the next deadline will be [[29 February|DATE 2024-02-29]]. It ended on [[the 30th|DATE 2023-01-30]].
`, '2023-02-10'),

  'a yearless day takes the year the article writes with it elsewhere': dated(`
The inquiry into the attacks of [[Sept. 11, 2001|DATE 2001-09-11]] closed. Critics of his response to the [[Sept. 11|DATE 2001-09-11]] attacks spoke out.
The match is on [[Tuesday, 1 March|DATE 2026-03-01]] at [[2000 GMT|TIME 2026-03-01T20:00]]; the final is on [[1 March|DATE 2026-03-01]].
`),

  'a date that names an event set in advance takes no tense from its clause': dated(`
Officials said the leak was meant to sway the [[Nov. 8|DATE 2025-11-08]] presidential election. The [[June 2|DATE 2025-06-02]] shooting killed three.
`),

  'a broadcast in the present looks ahead': dated(`
The interview, recorded in London, airs on [[Sunday|DATE 2025-07-06]].
`),

  'a trip or a fixture in the present tense looks ahead': dated(`
The president spent [[the weekend|DATE 2026-W10-WE]] at Camp David and returns to Washington on [[Thursday|DATE 2026-03-12]].
The striker faces a hearing on [[Monday|DATE 2026-03-16]], and the two sides play on [[Saturday|DATE 2026-03-14]]. The play on [[Sunday|DATE 2026-03-08]] was dull.
`, '2026-03-11'),

  'a date that opens a reported clause takes the tense of the verb after it': dated(`
Acme said [[Thursday|DATE 2026-02-05]] it would cut jobs. The chief executive said [[the second half|DATE 2026-H2]] would benefit from lower costs.
She warned that [[April|DATE 2026-04]] will be hard for sales, and said [[Monday|DATE 2026-02-09]] would bring talks.
The company said [[the third quarter|DATE 2025-Q3]] was weak.
`, '2026-02-05'),

  'a stretch written in several units is one duration': dated(`
She won in [[2 hours 1 minute 9 seconds|DURATION PT2H1M9S]]; the cut-off is [[six hours 15 minutes|DURATION PT6H15M]].
He was jailed for [[two years and six months|DURATION P2Y6M]]. The firm closed [[two years and three months ago|DATE 2023-06]].
Terms of [[3 years|DURATION P3Y]], [[2 years|DURATION P2Y]] and [[18 months|DURATION P18M]] were handed down.
`, '2025-09-10'),

  'the last night of an event and the verb "last" are not the recent past': dated(`
Fireworks end the fair on the last night. Police were called [[last night|TIME 2025-07-02TNI]].
The truce was meant to last [[60 days|DURATION P60D]] and prices rose over [[the last two weeks|DURATION P2W]].
The strike will start on [[Sunday|DATE 2025-07-06]] and last [[48 hours|DURATION PT48H]].
`),

  'short past forms in -ed are past cues': dated(`
Rights groups sued in [[May|DATE 2026-05]], arguing the law would harm voters. Her husband died in [[March|DATE 2026-03]] and she will move.
`, '2026-12-01'),

  'a bare plural unit after "in", "take" or "just" is a vague stretch': dated(`
Sales grew for the first time in [[years|DURATION PXY]]. Counting may take [[days|DURATION PXD]]. The firm, which just [[months ago|DATE PAST_REF]] was failing, recovered.
The blasts came only minutes apart. In years to come, and in days of old, nothing changed.
`),

  'the day after the end of a range of times is its start\'s too': dated(`
An amber warning is in place from [[6am|TIME 2027-03-20T06:00]] until [[9pm|TIME 2027-03-20T21:00]] on [[Saturday|DATE 2027-03-20]].
Shops open from [[9:30 a.m.|TIME 2027-03-22T09:30]] to [[noon|TIME 2027-03-22T12:00]] [[next Monday|DATE 2027-03-22]].
`, '2027-03-19'),

  'a half or quarter "of the year" in a clause with no tense is this year\'s': dated(`
Growth picks up in [[the second half|DATE 2027-H2]] of [[the year|DATE 2027]], and the key is output in [[the third quarter|DATE 2027-Q3]] of [[the year|DATE 2027]].
`, '2027-01-04'),

  'a quarter named by its first and last months': dated(`
The economy grew 1.2% in [[the July-September quarter|DATE 2026-Q3]], data showed, and sales in [[the April–June period|DATE 2026-Q2]] fell.
The February-April quarter of a retailer is no calendar quarter.
`, '2027-01-04'),

  'a weekday right after "is", or after "is from", is a timetable': dated(`
The deadline is [[Monday|DATE 2026-05-18]] and the votes are [[Friday|DATE 2026-05-15]]. [[Today|DATE 2026-05-13]] is [[Wednesday|DATE 2026-05-13]].
The fair is from [[2pm|TIME 2026-05-16T14:00]] on [[Saturday|DATE 2026-05-16]].
`, '2026-05-13'),

  'a holiday after "to" is a date, and before a capitalised word a name': dated(`
Sales were strong in the run-up to [[Christmas|DATE 2025-12-25]]. The ship sailed to Christmas Island and then to Easter Island.
`, '2026-01-13'),

  'a week after the coming day: "Tuesday week", "a week on Friday", "a week today"': dated(`
The vote is [[a week on Friday|DATE 2026-05-22]] and the hearing [[Tuesday week|DATE 2026-05-26]]; the result comes [[a week today|DATE 2026-05-20]].
`, '2026-05-13'),

  'the end or start of the decade or century': dated(`
Emissions must fall by [[the end of the decade|DATE 202]]; the city has grown since [[the start of the century|DATE 20]].
`, '2026-05-13'),

  'weekends after "on" or "at" recur': dated(`
The shop is open on [[weekends|SET XXXX-WXX-WE]] and trains run less often at [[weekends|SET XXXX-WXX-WE]]. Both weekends were busy.
`, '2026-05-13'),

  'a season in a clause with no tense is the nearest one': dated(`
A memorial service is planned for [[the summer|DATE 2026-SU]], and the roads are icy in [[the winter|DATE 2025-WI]].
`, '2026-02-18'),

  'the nth or last weekday of a month is one day': dated(`
Its fiscal year ends on [[the last Saturday of September|DATE 2026-09-26]]. Thanksgiving is on [[the fourth Thursday of November|DATE 2026-11-26]].
The vote was held on [[the first Monday in May|DATE 2026-05-04]]; [[the last Friday of February 2024|DATE 2024-02-23]] was a holiday.
`, '2026-09-09'),

  '"the last" is final, not a past cue': dated(`
For the last time, the band is in [[November|DATE 2026-11]] at the arena. The fair, held on the last Thursday of the month, is [[Thursday|DATE 2026-09-10]].
`, '2026-09-09'),

  'a day and month followed by last, next or this year': dated(`
Sales fell in [[the six months|DURATION P6M]] to [[June 30 last year|DATE 2025-06-30]], and the law takes effect on [[1 January next year|DATE 2027-01-01]].
`, '2026-05-20'),

  'a month or a day takes the year written after "in"': dated(`
The last snap poll was called in [[October|DATE 1951-10]] in [[1951|DATE 1951]]; the bridge opened on [[4 May|DATE 1962-05-04]] in [[1962|DATE 1962]].
`),

  '"between now and" looks ahead, and "every now and then" is no date': dated(`
Much can change between [[now|DATE PRESENT_REF]] and [[March|DATE 2026-03]], the coach said. Every now and then the fans sing.
`),

  'bare units before later or earlier are vague stretches, and the turn of a unit is a date': dated(`
The mayor quit. [[Hours|DURATION PTXH]] later his deputy resigned, and a judge ruled [[days|DURATION PXD]] later; two clerks had left [[weeks|DURATION PXW]] earlier.
The shop shut just [[hours|DURATION PTXH]] after it opened and only [[days|DURATION PXD]] before the sale; the days before the sale were quiet.
Rents have doubled since [[the turn of the century|DATE 2000]], and sales fell at [[the turn of the year|DATE 2025]].
The foundry opened in [[1893|DATE 1893]], and by [[the turn of the century|DATE 1900]] it had 400 workers.
`),

  'a tens word and a units word joined by a hyphen are one number, not a range': dated(`
The lawyer had not seen that in [[thirty-seven years|DURATION P37Y]] and had served for [[forty-two days|DURATION P42D]].
[[Twenty-five years ago|DATE 2000]], the mill shut; the talks took [[two-three weeks|DURATION PXW]].
`),

  'half or a quarter of one unit is one duration': dated(`
The ferry was late by [[half an hour|DURATION PT30M]], and the pier stood for [[about half a century|DURATION P50Y]].
[[Half an hour|DURATION PT30M]] later the lights failed; the mine closed [[half a century ago|DATE 1975]].
Rents rose over [[the past quarter of a century|DURATION P25Y]]; the kiln heats in [[three-quarters of an hour|DURATION PT45M]], and the mill shut [[a quarter of a century ago|DATE 2000]].
`),

  'days of every week are a set, and money by the hour or after a suffix is a rate': dated(`
The bakery opens [[seven days a week|SET P1W]] and the choir sings [[two nights a month|SET P1M]].
The mayor swims [[every morning|SET XXXX-XX-XXTMO]] and reads [[each night|SET XXXX-XX-XXTNI]].
Cleaners earn £6.10 [[an hour|SET PT1H]], the plant costs $3m [[a year|SET P1Y]], and a rise of 15p [[an hour|SET PT1H]] is due. The train ran at 90 miles an hour.
The firm will save $5bn (£2.7bn) [[a year|SET P1Y]] and spend €2m (£1.4m) [[a month|SET P1M]].
`),

  'the start of a range of times takes the zone and the day written at its end': dated(`
Libraries will stay open from [[0900|TIME 2025-07-03T09:00]] to [[2000GMT|TIME 2025-07-03T20:00]]. The line will be staffed between [[08:30|TIME 2025-07-07T08:30]] and [[17:00 GMT|TIME 2025-07-07T17:00]] on [[Monday|DATE 2025-07-07]].
`),

  'a weekday that begins a name, a title or a slot is no date, and "a Friday" is no particular one': dated(`
The remake stars Tuesday Weld, and the network's Friday Night Lights drew fans; the band played hits like Monday Blues.
She hosts the Sunday night show and the Friday programme, and the choir sang on a [[Friday night|DATE XXXX-WXX-5TNI]] in the old hall.
On [[Tuesday|DATE 2025-07-01]] Mr Okafor resigned, ahead of [[Saturday|DATE 2025-06-28]]'s Premier League game.
`),

  '"a" weekday before a one-off event is the day of that event, not some weekday': dated(`
The senator said in a [[Tuesday|DATE 2025-07-01]] interview that she would run, and spoke at a [[Wednesday night|DATE 2025-07-02TNI]] rally.
Farmers still meet on a [[Monday|DATE XXXX-WXX-1]] for a [[Sunday|DATE XXXX-WXX-7]] stroll.
`),

  'in the past tense, "a" weekday before a gathering is the day of that gathering': dated(`
Hundreds attended a [[Sunday night|DATE 2025-06-29TNI]] memorial service for the miners, and thousands held a [[Tuesday|DATE 2025-07-01]] vigil.
The parish holds a [[Sunday|DATE XXXX-WXX-7]] service [[each week|SET P1W]]; fans hope for a [[Saturday|DATE XXXX-WXX-6]] match.
`),

  'with no other cue, the present progressive and a weekday tell of an arrangement ahead': dated(`
The mayor is visiting two schools in the north on [[Monday|DATE 2025-07-07]]. The band played on [[Tuesday|DATE 2025-07-01]].
`),

  'a present progressive or an appearance in the present after "said" looks ahead': dated(`
Aides said he's campaigning [[Wednesday|DATE 2025-07-09]] in Ohio. The mayor, who lost in [[2021|DATE 2021]], is touring [[Friday|DATE 2025-07-04]] with aides.
His spokesman said the senator speaks [[Saturday|DATE 2025-07-05]] at a rally; the panel that was formed in [[May|DATE 2025-05]] meets [[Monday|DATE 2025-07-07]].
`),

  'two weekdays joined by "and", "or" or "to" are in one week, the second after the first': dated(`
The talks ran from [[Tuesday|DATE 2025-06-24]] to [[Friday|DATE 2025-06-27]]. The fair will open on [[Wednesday|DATE 2025-07-09]] and [[Thursday|DATE 2025-07-10]].
Crowds gathered on [[Saturday|DATE 2025-06-28]] or [[Sunday|DATE 2025-06-29]].
`),

  '"the day after" an event is counted from a date named a few sentences before, not from one counted itself': dated(`
Voters went to the polls on [[Monday|DATE 2025-06-30]]. [[The day|DATE 2025-07-01]] after polls closed, the count began. [[The day|DATE XXXX-XX-XX]] before the vote, he resigned.
The bridge opened on [[June 2|DATE 2025-06-02]]. It is long. It is wide. It is red. It is new. It is busy. [[The day|DATE XXXX-XX-XX]] after the crash, it shut.
`),

  'a law that comes into force or effect is a timetable ahead': dated(`
The smoking ban comes into force on [[Friday|DATE 2025-07-04]], and the levy comes into effect in [[May|DATE 2026-05]].
`),

  '"will" contracted onto its subject looks ahead': dated(`
"We’ll be meeting on [[Friday|DATE 2025-07-04]] in Leeds," she said. I'll go on [[Sunday|DATE 2025-07-06]].
`),

  'a plan told in the past is for the nearest such weekday, before or after': dated(`
The mayor was set to open the bridge on [[Wednesday|DATE 2025-07-02]], and the council was due to vote on [[Friday|DATE 2025-07-04]].
`),

  'a state that holds a contest, or states that hold them, tell a timetable ahead': dated(`
Ohio holds its primary on [[Tuesday|DATE 2025-07-08]], and four states hold caucuses on [[Saturday|DATE 2025-07-05]]. Rates have been on hold since [[May|DATE 2025-05]].
`),

  'a plan told of in the past, and "as expected", look back': dated(`
The hearings, scheduled for [[Friday|DATE 2025-06-27]], were postponed. A rally planned for [[Sunday|DATE 2025-06-29]] was called off.
The hearings scheduled for [[Monday|DATE 2025-07-07]] will go ahead, and the talks are scheduled for [[Tuesday|DATE 2025-07-08]].
Her rival pulled out, as expected, on [[Wednesday|DATE 2025-07-02]] after a fall.
Exports grew faster than expected in [[May|DATE 2025-05]], and hiring was weaker than expected in [[June|DATE 2025-06]].
A better-than-expected [[Monday|DATE 2025-06-30]] lifted the shares.
On [[Tuesday|DATE 2025-07-01]], the board agreed to a merger; it agreed to sell the plant on [[Friday|DATE 2025-07-04]].
`),

  'midnight before a day begins it, unless something ends then; "midnight of" a date falls on it': dated(`
The new fare will apply from [[midnight|TIME 2025-08-01T00:00]] on [[1 August|DATE 2025-08-01]], and the doors will open just after [[midnight|TIME 2025-07-04T00:00]] on [[Friday|DATE 2025-07-04]].
Bidders have until [[midnight|TIME 2025-07-07T24:00]] on [[Monday|DATE 2025-07-07]]; the old scheme will end at [[midnight|TIME 2025-12-31T24:00]] of [[31 December|DATE 2025-12-31]].
`),

  'a four-digit number before a hyphen and a unit is a measure, not a year': dated(`
The vault uses a 2048-bit key, a 1800-page manual and a 1750-seat hall, opened in [[1998|DATE 1998]].
`),

  'a possessive month, or one before its figures, is a date, and a future verb does not push the last two months a year ahead': dated(`
Prices fell after [[March|DATE 2025-03]]'s budget, and analysts expect [[June|DATE 2025-06]]'s figures to be revised. Theresa May's aides agreed.
Campaigners will march ahead of [[September|DATE 2025-09]]'s vote and [[last April|DATE 2025-04]]'s report.
Overall, [[June|DATE 2025-06]] sales are forecast to rise.
`),

  'a calendar quarter named by its months with "to", or hyphenated after a preposition': dated(`
Output grew in [[the April to June period|DATE 2025-Q2]] and in [[the January-to-March quarter|DATE 2025-Q1]]; exports fell in [[April-June|DATE 2025-Q2]].
Trade in March-June rose.
`),

  'earlier or later in the week or month is the current one': dated(`
The minister resigned [[earlier in the week|DATE 2025-W27]], and talks are planned for [[later in the month|DATE 2025-07]]. Later in the week of the fair, it rained.
`),

  'the end of a range of times before its start on the clock is on the next day': dated(`
Bars may serve from [[10pm|TIME 2025-07-03T22:00]] to [[3am|TIME 2025-07-04T03:00]], and the market opens from [[8am|TIME 2025-07-03T08:00]] to [[noon|TIME 2025-07-03T12:00]].
Kick-off was moved from [[2000 GMT|TIME 2025-07-03T20:00]] to [[1730 GMT|TIME 2025-07-03T17:30]].
The phone line runs from [[2200 GMT|TIME 2025-07-03T22:00]] - [[0200 GMT|TIME 2025-07-04T02:00]].
`),

  'a deadline given until a weekday looks ahead, and irregular past forms look back': dated(`
Lenders have given the firm until [[Tuesday|DATE 2025-07-08]] to repay, and a judge gave both sides until [[Monday|DATE 2025-07-07]] to file papers.
Members had until [[Monday|DATE 2025-06-30]] to vote. She waited until [[Sunday|DATE 2025-06-29]] to reply.
The rower slid to fourth in [[November|DATE 2024-11]], and the tent swung open in [[October|DATE 2024-10]].
`),

  'a quarter of a point is no quarter of the year': dated(`
The bank raised rates by a quarter point, and then by a quarter percentage point, and growth stalled for [[a quarter|DURATION P1Q]].
`),

  'the previous or following weekend is counted from the day last named': dated(`
Ticket sales fell from [[the previous weekend|DATE 2025-W26-WE]]. The fair opened on [[Thursday 10 July|DATE 2025-07-10]] and closed [[the following weekend|DATE 2025-W28-WE]].
`),

  'a capitalised "Tonight", "Now" or unit inside a sentence is part of a title': dated(`
The band closed with Lonely Tonight and Still Here Now, then the host of the Tonight Hour came on.
She told the show 48 Hours about the film 28 Days Later, then rested for [[48 hours|DURATION PT48H]].
[[Tonight|TIME 2025-07-03TNI]] the polls close. He said: "[[Now|DATE PRESENT_REF]] we wait." The vote ended...[[Now|DATE PRESENT_REF]] the count begins.
`),

  'a year or a month right after a capitalised word inside a sentence is part of a name': dated(`
The studio said Rally Champion 2026 sold well, and the pressure group Railways 2030 backed the Road Safety Act 2019.
Fans recalled the hosts' exit from Euro 2024. Critics of Red October were arrested in [[2024|DATE 2024]].
In [[2023|DATE 2023]] the firm grew. Unlike [[2022|DATE 2022]], sales rose. Prices peaked at [[Christmas 2024|DATE 2024-12-25]].
The bug hits PCs running Office 97, 98, NT, 2000 and XP, as it did in [[March 2024|DATE 2024-03]].
`),

  '"until" in a past clause looks back, after a deferral or "have" ahead; a plan in the past perfect is gone by': dated(`
Dealers had expected prices to ease in [[May|DATE 2025-05]] as buyers held off until [[June|DATE 2025-06]].
The board delayed the vote until [[September|DATE 2025-09]]. Bidders have until [[August|DATE 2025-08]] to apply.
The mill will stay shut until [[October|DATE 2025-10]].
`),

  'a possessive day before a disaster looks back, and a passive aside after a date is not its verb': dated(`
Ports will be closed after [[Monday|DATE 2025-06-30]]'s storm, and farms will suffer from [[Sunday|DATE 2025-06-29]]'s 6.1 magnitude earthquake.
[[September|DATE 2025-09]]'s summit - hosted by the mayor - will open the season. Shares, boosted by a rally in [[May|DATE 2025-05]], will rise.
`),

  'two months that bound a quarter put it under discussion; a quarter still ahead is not compared with a year ago': dated(`
Producers plan to cut output in [[the fourth quarter|DATE 2025-Q4]]. Stocks are 5% below the levels of [[a year ago|DATE 2024]].

Home sales between [[January|DATE 2025-01]] and [[March|DATE 2025-03]] fell from [[the same period in 2024|DATE 2024-Q1]].
`),

  'a season after a possessive dates its event': dated(`
The Greens' [[spring|DATE 2026-SP]] conference will be held in Hull. The party's [[spring|DATE 2025-SP]] conference was lively.
The band played a spring tour. The Greens' spring lamb was sold.
`),

  'hours a night is a rate, a price a night is not': dated(`
Nurses work [[twelve hours|DURATION PT12H]] [[a night|SET XXXX-XX-XXTNI]] after work. Rooms cost $90 a night.
`),

  'a month after a deferral and "through" or "until" looks ahead whatever the tense': dated(`
Lenders have extended the credit line through [[January|DATE 2026-01]]. The sale ran through [[January|DATE 2025-01]].
`),

  '"takes place", "takes effect" and "takes charge" are a timetable': dated(`
The fair, which takes place in [[May|DATE 2026-05]], has sold out. The rule takes effect in [[June|DATE 2026-06]].
The coach takes charge on [[Monday|DATE 2025-07-07]]. The match took place in [[May|DATE 2025-05]].
`),

  'a year ago after a month in the sentence is that month a year before': dated(`
Car sales fell 4% in [[May|DATE 2025-05]] compared with [[a year ago|DATE 2024-05]].
In [[March|DATE 2025-03]] the firm reported annual sales up on [[a year earlier|DATE 2024]].
Sales from [[April|DATE 2025-04]] to [[June|DATE 2025-06]] rose from [[a year earlier|DATE 2024-Q2]].
`),

  'a time on some weekday, and on the day after it, is no particular day': dated(`
The shift began at [[6pm|TIME XXXX-WXX-5T18:00]] on a [[Friday|DATE XXXX-WXX-5]] and ended at [[4am|TIME XXXX-WXX-6T04:00]] on the [[Saturday|DATE XXXX-WXX-6]].
`),
};

for (const [name, source] of Object.entries(cases)) {
  test(`dates: ${name}`, () => check(source));
}

test('dates: day-first numeric order is a setting', () => {
  check(dated('The filing was dated [[03/07/2025|DATE 2025-07-03]].\n'), { numericOrder: 'day-first' });
  check(dated('The filing was dated [[03/07/2025|DATE 2025-03-07]].\n'), { numericOrder: 'month-first' });
});

function codes(text: string, options: Partial<DateOptions> = {}) {
  return run(text, options).findings.filter((f) => f.code !== 'date.annotation');
}

test('findings: every date is annotated with its resolved value', () => {
  const { findings } = run(dated('They met on Thursday.\n'));
  const notes = findings.filter((f) => f.code === 'date.annotation');
  assert.equal(notes.length, 1);
  assert.equal(notes[0].severity, 'information');
  assert.match(notes[0].message, /Thursday → 2025-07-03 \(Thursday 3 July 2025\)/);
});

test('findings: a weekday next to a date it does not fall on, with a fix', () => {
  const text = dated('The talks open on Thursday, July 4, 2025.\n');
  const [finding] = codes(text);
  assert.equal(finding.code, 'date.weekday-mismatch');
  assert.equal(finding.severity, 'warning');
  const edit = finding.fixes![0].edits[0];
  assert.equal(text.slice(edit.start, edit.end), 'Thursday');
  assert.equal(edit.newText, 'Friday');
});

test('findings: impossible dates and hours', () => {
  assert.deepEqual(codes(dated('It is due on February 30, 2025 or 31 April 2025.\n')).map((f) => f.code), ['date.impossible', 'date.impossible']);
  assert.deepEqual(codes(dated('The launch is at 25:00 GMT.\n')).map((f) => f.code), ['date.impossible']);
});

test('findings: a leap day without a year is not impossible', () => {
  assert.deepEqual(codes(dated('He was born on Feb. 29 and left on the 30th.\n', '2023-02-10')), []);
  assert.deepEqual(codes(dated('It is due on February 29, 2023.\n')).map((f) => f.code), ['date.impossible']);
});

test('findings: a time conversion that does not add up', () => {
  const text = dated('The call starts at 10 am ET (1500 GMT).\n');
  const [finding] = codes(text);
  assert.equal(finding.code, 'date.time-conversion');
  assert.match(finding.message, /14:00 GMT/);
  assert.equal(finding.fixes![0].edits[0].newText, '1400');
  // In January ET is UTC−5, so the same conversion is right.
  assert.deepEqual(codes(dated('The call starts at 10 am ET (1500 GMT).\n', '2025-01-09')), []);
});

test('findings: a consistent conversion gives the offset it implies', () => {
  const { dates, findings } = run(dated('It starts at 10.00 am (1400 GMT).\n'));
  assert.deepEqual(findings.filter((f) => f.code !== 'date.annotation'), []);
  assert.equal(dates[0].utcOffset, '-04:00');
  assert.equal(dates[0].utc, '2025-07-03T14:00Z');
  assert.match(dates[0].explanation, /UTC−4/);
});

test('findings: an ambiguous numeric date is a hint naming both readings', () => {
  const [finding] = codes(dated('Filed 03/07/2025.\n'));
  assert.equal(finding.code, 'date.ambiguous-numeric');
  assert.equal(finding.severity, 'hint');
  assert.match(finding.message, /7 March 2025.*3 July 2025/);
});

test('findings: relative dates without a publication date say how to set one', () => {
  const found = codes('They met on Thursday in 2024.\n');
  assert.deepEqual(found.map((f) => f.code), ['date.unresolved']);
  assert.match(found[0].message, /date: YYYY-MM-DD.*--reference-date.*newslens\.referenceDate/);
});

test('mentions: rule, explanation and relative flag', () => {
  const [d] = run(dated('They met on Thursday.\n')).dates;
  assert.equal(d.relative, true);
  assert.ok(d.rule.length > 0);
  assert.match(d.explanation, /'Thursday', relative to the publication date 2025-07-03 from the front matter \(past tense/);
});

test('robustness: a megabyte of adversarial text never throws and gives well-formed spans', () => {
  // Speed is measured by the benchmark and `npm run fuzz`, not asserted here: this only checks that a scan of
  // hostile input terminates, does not throw, and reports spans that lie inside the text, in order, without overlap.
  const pieces = ['1', '1111111111', ' ', '-', '/', 'a', 'May ', 'the past ', 'two ', '10:', 'GMT', '\n', '.', ':', ', '];
  let text = '';
  let seed = 7;
  while (text.length < 1_000_000) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += pieces[seed % pieces.length];
  }
  const samples = { mixed: text, digits: '1'.repeat(1_000_000), spaces: ' '.repeat(1_000_000), phrases: 'the past '.repeat(120_000), abbreviations: 'a.m. '.repeat(200_000) };
  for (const [name, sample] of Object.entries(samples)) {
    const article = parseArticle(sample, { referenceDate: '2025-07-03' });
    const { dates, findings } = findDates(article, defaults);
    let last = 0;
    for (const d of dates) {
      assert.ok(d.start >= last && d.start < d.end && d.end <= sample.length, `${name}: span ${d.start}-${d.end} out of order or out of bounds`);
      assert.equal(d.text, sample.slice(d.start, d.end), `${name}: mention text differs from its span`);
      assert.ok(d.value.length > 0, `${name}: empty value at ${d.start}`);
      last = d.end;
    }
    for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= sample.length, `${name}: finding out of bounds`);
  }
});

test('the trigger scan finds exactly the candidates a full scan of every rule finds', () => {
  // Each rule is tried only near its trigger words; this compares it with running every rule over the whole text,
  // on a soup of date words, modifiers, digits and punctuation.
  const pieces = [
    'the', 'The', 'last', 'next', 'this', 'early', 'mid', 'late', 'the past', 'more than', 'about', 'over', 'a', 'an', 'each', 'every',
    'several', 'two', 'twenty-one', 'nineteen', 'ninety', 'two thousand', 'and', 'or', 'to', 'of', 'in', 'on', 'until', 'since', 'for',
    'January', 'May', 'March', 'Sept.', 'Dec', 'Monday', 'Fridays', 'Thursday’s', 'morning', 'night', 'today', 'yesterday', 'tonight',
    'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'year-end', 'year-earlier', 'year-ago', 'decade', 'decades-long',
    'century', 'quarter', 'half', 'period', 'fiscal', 'third', 'Q3', 'H1', 'FY', 'summer', 'fall', 'Christmas', 'Easter', 'Election Day', 'Fourth of July',
    'noon', 'midnight', 'o’clock', 'ago', 'earlier', 'later', 'now', 'recently', 'soon', 'future', 'daily', 'annually', 'per', 'once',
    'GMT', 'EDT', 'a.m.', 'pm', '10:30', '1400', '3', '21st', '1999', '2025', '1990s', '’90s', "'95", '07/03/2025', '2025-07-03', '3.7.2025',
    '12-13', '24', '½', ',', '.', '-', '–', '(', ')', '/', ':', "'", '’', 'x', 'Mr', 'e', '\n', '  ',
  ];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let doc = 0; doc < 40; doc++) {
    let text = '';
    while (text.length < 20_000) {
      const piece = pieces[next() % pieces.length];
      const glue = next() % 7 === 0 ? '' : ' ';
      text += piece + glue;
    }
    const key = (c: { start: number; end: number; rule: string }) => `${c.start}-${c.end} ${c.rule}`;
    const fast = recognise(text, 0, text.length).map(key);
    const full = recogniseByFullScan(text, 0, text.length).map(key);
    assert.deepEqual(fast, full, `document ${doc}`);
  }
});

test('the pre-checks on trigger words and digits keep the trigger scan equal to a full scan', () => {
  // Digit runs and some trigger words are dropped when the characters around them rule the rule out (a "/" after the
  // digits of a numeric date, a count before a duration's unit); Unicode spaces, hyphens, "ſ" inside a count (which a
  // case-insensitive pattern reads as "s") and words glued to the cue words test the edges of those checks. (A match
  // that begins with a character outside ASCII, such as "ſeven weeks", is missed by the trigger scan, with or without them.)
  const pieces = [
    'said', 'K', 'café', '😀', '\u00a0', '\u2003', 'twenty-ſix', 'two', 'twenty-one', 'a', 'an', 'several', 'more',
    'straight', 'and a half', 'or so', '1/2', '½', '10', '1,000', '12.5', '-', '‐', '‑', '–', 'year', 'years', 'week', 'weeks', 'month',
    'months', 'days', 'hours', 'fortnight', 'decade', 'century', 'fiscal', 'this', 'last', 'next', 'the', 'rest', 'of', 'that', 'same',
    'financial', 'ended', 'to', 'January', 'Jan.', 'Sept', 'May', ',', '2005', '1990', '1990s', "'90s", '’90s', 'the past several',
    'for', 'therefor', 'within', 'many', 'the 3rd', 'on', '3rd', '14:30', '14.30', '14h30', '1400', 'GMT', 'am', 'p.m.', '3/4/2005',
    '2005/3/4', '2005-03-04', '3-4', 'March', 'and', '12', '5', 'x', 'ago', 'later', 'earlier', '\n', '  ', '   ', '    ',
  ];
  let seed = 99;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const key = (c: { start: number; end: number; rule: string }) => `${c.start}-${c.end} ${c.rule}`;
  for (let doc = 0; doc < 300; doc++) {
    let text = '';
    while (text.length < 400) text += pieces[next() % pieces.length] + (next() % 5 === 0 ? '' : ' ');
    assert.deepEqual(recognise(text, 0, text.length).map(key), recogniseByFullScan(text, 0, text.length).map(key), JSON.stringify(text));
  }
});

test('a weekday written with a yearless date picks the nearby year it falls in', () => {
  check(dated('The band played on [[Monday 6 December|DATE 2004-12-06]] and will tour from [[Tuesday, 14 June|DATE 2005-06-14]].', '2005-01-15'));
});

test('a weekday that fits no nearby year is still a mismatch', () => {
  const { findings } = run(dated('The parade is on Thursday, July 4.'));
  assert.deepEqual(findings.filter((f) => f.code === 'date.weekday-mismatch').map((f) => f.message), ['2025-07-04 is a Friday, not a Thursday. Check which of the two is right.']);
});

test('four digits and a zone after a date are a time, not its year', () => {
  check(dated('Kick-off is on [[Tuesday, 1 March|DATE 2005-03-01]] at [[2000 GMT|TIME 2005-03-01T20:00]].', '2005-01-15'));
});

test('a word that names a property of every object ("constructor") is an ordinary word', () => {
  check(dated('The constructor said on [[Monday|DATE 2025-06-30]] that the bridge would open [[next week|DATE 2025-W28]].'));
});

test('a range of times is two times, the first taking the half of the day from the second', () => {
  check(dated('The office opens [[2|TIME 2025-07-03T14:00]]-[[4pm|TIME 2025-07-03T16:00]] and the clinic [[10am|TIME 2025-07-03T10:00]]-[[2pm|TIME 2025-07-03T14:00]]; the bar opens [[11|TIME 2025-07-03T11:00]]-[[1pm|TIME 2025-07-03T13:00]] and the hall [[2pm|TIME 2025-07-03T14:00]]–[[4pm|TIME 2025-07-03T16:00]]. The score was 3-1.'));
});

test('years later are counted from the year last mentioned', () => {
  check(dated('The firm was founded in [[1990|DATE 1990]]. [[A decade later|DATE 2000]] it was sold, and [[two years later|DATE 2002]] it closed.'));
});

test('a weekday written with a yearless date can name a day up to a year ahead, and a time before it takes that day', () => {
  check(dated('Tickets for the final on [[Monday 31 August|DATE 2026-08-31]] sold out; kick-off is at [[7pm|TIME 2026-08-31T19:00]] on [[Monday 31 August|DATE 2026-08-31]].', '2026-01-10'));
});

test('clock times in words', () => {
  check(dated('He arrived at [[half past six|TIME 2025-07-03T06:30]]; the train left at a [[quarter to nine|TIME 2025-07-03T08:45]] and the shop shut at [[ten past three|TIME 2025-07-03T03:10]]. The odds were five to one, and they won by ten to three.'));
});

test('overnight is a night, but not as an adjective or a figure of speech', () => {
  check(dated('The storm hit [[overnight|TIME 2025-07-02TNI]] and rain will move east [[overnight|TIME 2025-07-03TNI]]. It was an overnight success, overnight figures were high, and the change will not happen overnight. He stayed overnight with friends.'));
});

test('this time last year is the same time of year a year back', () => {
  check(dated('[[This time last year|DATE 2024-07]] the town was flooded; by [[this time next year|DATE 2026-07]] it will be rebuilt.'));
});

test('the nth week of a month is a week', () => {
  check(dated('The vote will be held in [[the third week of September|DATE 2025-W38]]. Sales in [[the last week of December 2024|DATE 2024-W52]] rose.'));
});

test('every half hour is a set, and within the hour an hour', () => {
  check(dated('Buses run [[every half hour|SET PT30M]] and checks [[every quarter-hour|SET PT15M]]; an answer is expected within [[the hour|DURATION PT1H]].'));
});

test('a yearless numeric date after "on" is read in the house order', () => {
  check(dated('The hearing resumed on [[3/4|DATE 2025-03-04]] and the vote is on [[7/15|DATE 2025-07-15]]. Staff work on 24/7 rotas, Arsenal are on 5/2 and turnout was high on 3/4 of seats.'));
  check(dated('The hearing resumed on [[3/4|DATE 2025-04-03]].'), { numericOrder: 'day-first' });
});

test('abbreviated weekdays with a period are weekdays', () => {
  check(dated('The vote is on [[Tues.|DATE 2025-07-08]] and the count on [[Thurs.|DATE 2025-07-03]]; results came [[Fri.|DATE 2025-06-27]] and [[Mon.|DATE 2025-06-30]]. It was owned by Sun. He wrote in the Sun. The count ends [[Thur.|DATE 2025-07-03]]'));
});

test('a season or financial year across two years is dated by its first', () => {
  check(dated('The [[2026-27|DATE 2026]] season starts with a derby; in [[2004/05|DATE 2004]] the club won, and [[1999/00|DATE 1999]] was a loss. The report covered 2005-07.'));
});

test('no dates inside the names of papers, agreements and people', () => {
  check(dated('The Mail on Sunday and the Independent on Sunday reported that the Good Friday Agreement held. The murder of April Jones shocked Wales; police searched for her in [[April|DATE 2025-04]]. Rain fell in Scotland on [[Sunday|DATE 2025-06-29]], [[the end of April|DATE 2025-04]] was wet, and they met on [[Good Friday|DATE 2025-04-18]].'));
});

test('the weekend of a date or a pair of days is that weekend', () => {
  check(dated('The fair will be held on [[the weekend of 24-25 October|DATE 2025-W43-WE]]; acts play over [[the weekend of 9 and 10 July|DATE 2025-W28-WE]] and ties on [[weekend of 8/9 January|DATE 2026-W02-WE]].'));
});

test('an irregular past participle looks back', () => {
  check(dated('A painting stolen on [[28 December|DATE 2024-12-28]] is back on display. The stolen car from [[28 December|DATE 2025-12-28]] is here.'));
});

test('this, last and next season are told by their direction only', () => {
  check(dated('He scored ten goals [[this season|DATE PRESENT_REF]] and twelve [[last season|DATE PAST_REF]]; [[next season|DATE FUTURE_REF]] he moves. It was the last season of the show.'));
});

test('a warning or a show in the present tense looks ahead', () => {
  check(dated('The warning covers much of the north from [[9pm|TIME 2025-07-05T21:00]] on [[Saturday|DATE 2025-07-05]]. The trial continues on [[Monday|DATE 2025-07-07]].'));
});

test('a weekday before or after a holiday or a date is counted from it', () => {
  check(dated('The shops open on [[the Friday before Christmas|DATE 2025-12-19]] and the party is [[the weekend before Christmas|DATE 2025-W51-WE]]. They met on [[the Monday after Easter|DATE 2025-04-21]].'));
});

test('a time followed by daily recurs', () => {
  check(dated('The museum opens at [[10 a.m. daily|SET XXXX-XX-XXT10:00]] and trains leave at [[7pm every day|SET XXXX-XX-XXT19:00]].'));
});

test('dawn, dusk, the night and midweek after a preposition', () => {
  check(dated('Troops moved in before [[dawn|TIME 2025-07-03TMO]]. Rescuers worked through [[the night|TIME 2025-07-02TNI]]. The raid began at [[dawn|TIME 2025-07-01TMO]] on [[Tuesday|DATE 2025-07-01]]. They met in [[midweek|DATE 2025-W27]] before a midweek match. It was the dawn of an era, and she made it through the night.'));
});

test('the start of a range takes its year from the end', () => {
  check(dated('The site was online between [[August|DATE 2001-08]] and [[November 2001|DATE 2001-11]]; talks ran from [[20 March|DATE 2004-03-20]] to [[27 March 2004|DATE 2004-03-27]] and sales rose between [[December|DATE 2003-12]] and [[February 2004|DATE 2004-02]].'));
});

test('two days of a month written with a slash are two dates', () => {
  check(dated('Ties will be played on [[19|DATE 2025-02-19]]/[[20 February|DATE 2025-02-20]].', '2025-01-15'));
});

test('what a move comes ahead of is still to come', () => {
  check(dated('The decision comes ahead of a meeting of ministers on [[Monday|DATE 2025-07-07]].'));
});

test('a date inside the subject of a reported clause takes the tense of its verb', () => {
  check(dated('The label said music sales for [[the year|DURATION P1Y]] to [[March|DATE 2005-03]] will fall. He said the meeting on [[Friday|DATE 2005-01-21]] will decide. Police said the man arrested on [[Friday|DATE 2005-01-14]] would appear in court.', '2005-01-15'));
});

test('a zoned time takes the day written after its conversion', () => {
  check(dated('He was jailed on [[Monday|DATE 2025-06-30]]. The ceasefire took effect at [[06:00 local time|TIME 2025-06-29T06:00]] ([[03:00 GMT|TIME 2025-06-29T03:00]]) on [[Sunday|DATE 2025-06-29]].'));
});

test('a part of the day that ends its clause is a time', () => {
  check(dated('Trading ended [[mid-afternoon|TIME 2025-07-03TAF]]. It was an early morning show.'));
});

test('years on are years later', () => {
  check(dated('The war began in [[2015|DATE 2015]]. [[Ten years on|DATE 2025]], the fighting continues, [[three days|DURATION P3D]] on from the last raid. He got [[five years|DURATION P5Y]] on probation.'));
  check(dated('[[Seven decades on|DURATION P70Y]], it is remarkable how many of our fears remain.'));
});

test('hopes after a determiner and "said to be" are no future cues', () => {
  check(dated('The firm had pinned its hopes on a launch in [[November|DATE 2004-11]]. Sales were said to be better than [[December|DATE 2004-12]]. The vote is to be held in [[March|DATE 2005-03]].', '2005-01-15'));
});

test('"due to" before a noun is "because of", no plan', () => {
  check(dated('The match was postponed due to snow on [[Saturday|DATE 2025-06-28]]. The report is due on [[Monday|DATE 2025-07-07]].'));
});

test('"goes" in the present is a timetable', () => {
  check(dated('The book goes on sale on [[Friday|DATE 2025-07-04]]. He went home on [[Friday|DATE 2025-06-27]].'));
});

test('a weekday that names a kind of thing is no day', () => {
  check(dated('He taught at Sunday school and read the Sunday papers; Friday prayers were held and she was in the Happy Mondays. The [[Sunday|DATE 2025-06-29]] meeting was held as planned, and [[Sunday|DATE 2025-06-29]]’s best moments were shown.'));
});

test('a time on a line of its own takes the day on the line before it', () => {
  check(dated('Blackburn v Burnley\n\nEwood Park\n\n[[Tuesday, 1 March|DATE 2005-03-01]]\n\n[[2000 GMT|TIME 2005-03-01T20:00]]\n\nReferee: Howard Webb\n\nThe teams met on [[Sunday|DATE 2005-01-09]].\n\nKick-off was at [[3pm|TIME 2005-01-15T15:00]].', '2005-01-15'));
});

test('the Christmas period and the festive season are the end of a year', () => {
  check(dated('Sales rose over [[the Christmas period|DATE 2004-12]], and it was a poor [[Christmas season|DATE 2004-12]]. Sales during [[the festive season|DATE 2005-12]] will rise.', '2005-01-15'));
});

test('a fortnight on a day is two weeks after it', () => {
  check(dated('The final is [[a fortnight on Saturday|DATE 2025-07-19]] and the vote [[Tuesday fortnight|DATE 2025-07-22]].'));
});

test('the noughties are the 2000s', () => {
  check(dated('The law was amended in [[the noughties|DATE 200]] and again in [[the nineties|DATE 199]].'));
});

test('quarters that are places or a share of people are no time', () => {
  check(dated('The plan drew praise in many quarters. Nearly a quarter said they would leave, and less than a quarter are active. Sales fell for [[two quarters|DURATION P2Q]].'));
});

test('a sentence that opens with "when" and a verb in the present looks ahead', () => {
  check(dated('When delegates get to Denver in [[June|DATE 2026-06]], the party has already won. When they split in [[May|DATE 2025-05]], she had moved out.'));
});

test('a date between a relative pronoun and its verb takes that verb’s tense', () => {
  check(dated('Aides should ignore critics who on [[Sunday|DATE 2025-06-29]] cast his remarks as rude, and voters who on [[Monday|DATE 2025-07-07]] will pick a mayor.'));
});

test('the end of the year in the past tense is the end of the year before, unless it is an aim', () => {
  check(dated('The game sold well and by [[year end|DATE 2024]] had sold a million copies. The army was determined to win before [[the end of the year|DATE 2025]]. Sales will rise by [[year-end|DATE 2025]].'));
});

test('"a year earlier" compares with the year named in the sentence before', () => {
  check(dated('Car makers saw demand surge during [[2023|DATE 2023]]. Sales jumped 22% from [[a year earlier|DATE 2022]], the trade body said.'));
});

test('a race time with decimal seconds is one duration', () => {
  check(dated('She won in [[eight minutes, 49.87 seconds|DURATION PT8M49.87S]] and he in [[14 minutes 02.5 seconds|DURATION PT14M2.5S]].'));
});

test('a month "of that year" takes the year last mentioned', () => {
  check(dated('The mill opened in [[2009|DATE 2009]] and a strike began in [[January of that year|DATE 2009-01]]. It closed in [[June of the following year|DATE 2010-06]] and reopened in [[May of this year|DATE 2025-05]].'));
});

test('a bare count before "a week" is a rate', () => {
  check(dated('The label issues the songs at the rate of one [[a week|SET P1W]], and fans play for [[an hour|DURATION PT1H]] or two [[a day|SET P1D]].'));
});

test('a month after an event set in advance is not dated by a past verb around it', () => {
  check(dated('Aides have pressed for a role in the party convention in [[September|DATE 2025-09]]. The firm cut jobs in [[September|DATE 2024-09]].'));
});

test('a progressive tells of an arrangement only for a date in its own clause', () => {
  check(dated('The contest is taking a nasty turn, with rivals trading insults [[Tuesday|DATE 2025-07-01]]. He is holding a rally in Austin, Texas, on [[Saturday|DATE 2025-07-05]].'));
});

test('an event set in advance that the clause goes towards is ahead, unless the clause is past', () => {
  check(dated('He will not quit before [[Tuesday|DATE 2025-07-08]]’s primary. Heading into [[Monday|DATE 2025-07-07]]’s debate, the senator looks calm. She campaigned hard before [[Tuesday|DATE 2025-07-01]]’s primary.'));
});

test('"is" and a verb in -ing before "for" or "to" is an arrangement ahead', () => {
  check(dated('She is girding for a fight at the debate on [[Monday|DATE 2025-07-07]], aides said. The agency is aiming to start an upgrade in [[May|DATE 2026-05]].'));
});

test('"the same day as" an event is counted from a date named nearby, or stays unknown', () => {
  check(dated('The march on [[9 May|DATE 2025-05-09]] came on [[the same day|DATE 2025-05-09]] as a rally. Mr Lee said holding the vote on [[the same day|DATE XXXX-XX-XX]] as the election might help.'));
});

test('a past form that is also a noun, after a determiner, is the noun and tells no tense ("expect a cut in February")', () => {
  check(dated('Economists expect a cut in [[February|DATE 2027-02]] and a hit to sales in [[March|DATE 2027-03]]. The bank cut rates in [[February|DATE 2026-02]].', '2026-11-05'));
});

test('"the quarter ended <day>" is the calendar quarter that most of the three months up to that day fall in', () => {
  check(dated('Sales for [[the quarter|DATE 2026-Q3]] ended [[Oct. 26|DATE 2026-10-26]] rose.', '2026-11-20'));
  check(dated('Sales for [[the quarter|DATE 2026-Q3]] ended [[Sept. 30|DATE 2026-09-30]] fell.', '2026-11-20'));
  check(dated('Profit for [[the quarter|DATE 2025-Q4]] ended [[Jan. 31|DATE 2026-01-31]] doubled.', '2026-03-20'));
  check(dated('Profit for [[the quarter|DATE 2026-Q1]] ended [[Feb. 28|DATE 2026-02-28]] fell.', '2026-03-20'));
});

test('"Eastern", "Pacific", "Central" and "Mountain" alone after a time are US time zones, not before a name', () => {
  check(dated('The debate starts at [[9 p.m. Eastern|TIME 2026-03-12T21:00]] on [[Thursday|DATE 2026-03-12]]; the West sees it at [[6 p.m. Pacific|TIME 2026-03-12T18:00]]. Lunch is at [[1 p.m.|TIME 2026-03-12T13:00]] Central Park time.', '2026-03-10'));
  const { dates } = run(dated('The debate starts at 9 p.m. Eastern on Thursday.', '2026-03-10'), {});
  assert.deepEqual([dates[0].utcOffset, dates[0].utc], ['-04:00', '2026-03-13T01:00Z']);
  // Before a bracket with the same time in GMT, the conversion is checked.
  const { findings } = run(dated('The call is at 10 a.m. Eastern (1500 GMT). The briefing is at 9 a.m. Pacific (1600 GMT).', '2026-07-02'), {});
  assert.deepEqual(findings.filter((f) => f.code === 'date.time-conversion').map((f) => f.message.slice(0, 30)), ['10 a.m. Eastern is 14:00 GMT (']);
});

test('noon and midnight take a zone after them ("noon ET", "midnight GMT") and the day that follows', () => {
  const { dates } = run(dated('The talks resume at noon ET on Friday and end at midnight GMT.', '2026-07-02'), {});
  assert.deepEqual(dates.map((d) => [d.text, d.value, d.utc]), [
    ['noon ET', '2026-07-03T12:00', '2026-07-03T16:00Z'],
    ['Friday', '2026-07-03', undefined],
    ['midnight GMT', '2026-07-03T24:00', '2026-07-04T00:00Z'],
  ]);
});
