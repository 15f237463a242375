// Leaders and people: fixtures as data. Markers:
//   [[Vladimir Putin|vladimir-putin]]      a name mention of the leader with that id ("text:jane-doe" for unknown leaders)
//   [[the Russian leader|desc vladimir-putin]]  a description attached to that leader
//   [[Russian President|title]]            the title of the name mention that follows
//   [[John Smith|person John Smith]]       a name mention of a person (people[]) with that name
//   [[the two leaders|none]]               no mention of anyone overlaps this span
//   [[Zelenskyy|!leader.spelling-variant]] a finding with that code at exactly this span
// `check` asserts that the mentions, titles and warnings/hints found are exactly the marked ones (annotations, which
// every leader has, are asserted only where marked with `!leader.annotation`).
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/analysis/article';
import { createLanguageService } from '../../server/src/analysis/index';
import type { KnowledgeBase } from '../../server/src/analysis/knowledge';
import { buildLeaderIndex, findLeaders, type LeaderIndex } from '../../server/src/analysis/leaders';
import type { Finding, Leader, Person } from '../../server/src/analysis/types';
import { parseFixture } from '../support/fixture';
import { bundledKnowledge } from '../support/knowledge';

let bundled: LeaderIndex | undefined;
const indexFor = (kb?: KnowledgeBase) => (kb ? buildLeaderIndex(kb) : (bundled ??= buildLeaderIndex(bundledKnowledge())));

interface CheckOptions {
  kb?: KnowledgeBase;
  houseSpellings?: Record<string, string>;
}

function check(source: string, options: CheckOptions = {}): { leaders: Leader[]; people: Person[]; findings: Finding[]; text: string } {
  const { text, marks } = parseFixture(source);
  const result = findLeaders(parseArticle(text), indexFor(options.kb), { houseSpellings: options.houseSpellings ?? {} });
  const at = (s: { start: number; end: number }) => `${s.start}-${s.end} ${JSON.stringify(text.slice(s.start, s.end))}`;

  const found: string[] = [];
  const titles: string[] = [];
  for (const l of result.leaders)
    for (const m of l.mentions) {
      found.push(`${at(m)} ${m.kind === 'description' ? 'desc ' : ''}${l.id}`);
      if (m.title) titles.push(at(m.title));
    }
  for (const p of result.people)
    for (const m of p.mentions) {
      found.push(`${at(m)} person ${p.name}`);
      if (m.title) titles.push(at(m.title));
    }
  const expected = marks.filter((m) => !['title', 'none'].includes(m.label) && !m.label.startsWith('!')).map((m) => `${at(m)} ${m.label}`);
  assert.deepEqual(found.sort(), expected.sort(), 'mentions');
  const expectedTitles = marks.filter((m) => m.label === 'title').map(at);
  assert.deepEqual(titles.sort(), expectedTitles.sort(), 'titles');
  for (const none of marks.filter((m) => m.label === 'none')) {
    const hit = [...result.leaders, ...result.people].flatMap((e) => e.mentions).find((m) => m.start < none.end && none.start < m.end);
    assert.equal(hit, undefined, `nothing should be found in ${at(none)}`);
  }
  const markedCodes = new Set(marks.filter((m) => m.label.startsWith('!')).map((m) => m.label.slice(1)));
  const shown = result.findings.filter((f) => f.severity !== 'information' || markedCodes.has(f.code));
  assert.deepEqual(
    shown.map((f) => `${at(f)} ${f.code}`).sort(),
    marks.filter((m) => m.label.startsWith('!')).map((m) => `${at(m)} ${m.label.slice(1)}`).sort(),
    'findings',
  );
  return { ...result, text };
}

const byId = (r: { leaders: Leader[] }, id: string) => {
  const l = r.leaders.find((x) => x.id === id);
  assert.ok(l, `leader ${id}`);
  return l!;
};
const finding = (r: { findings: Finding[] }, code: string) => {
  const f = r.findings.find((x) => x.code === code);
  assert.ok(f, `finding ${code}`);
  return f!;
};

// ---- The reference article's phenomena, in our own words -----------------------------------------------------

test('reference phenomena: three leaders, surnames, titles, descriptions, plural, headline', () => {
  const r = check(`
    ---
    title: [[Putin|vladimir-putin]] to phone [[Trump|donald-trump]] on Thursday
    date: 2025-07-03
    ---
    MOSCOW: [[Russian President|title]] [[Vladimir Putin|vladimir-putin]] said he would phone [[US President|title]] [[Donald Trump|donald-trump]] on Thursday, as Washington keeps pressing for a truce in Ukraine.
    It is the latest call between [[the two leaders|none]] since [[Trump|donald-trump]] returned to the White House in January.
    “I will speak to [[the US president|desc donald-trump]] today,” [[the Russian leader|desc vladimir-putin]] told reporters in Moscow.
    [[Trump|donald-trump]] confirmed it on Truth Social: “Talking to [[President|title]] [[Putin|vladimir-putin]] of Russia at 10:00!”
    [[Trump|donald-trump]] said [[Putin|vladimir-putin]]’s remarks were “very nice”, and that the Trump Tower event would go ahead.
    [[Trump|donald-trump]] may also call his [[Ukrainian counterpart|title]] [[Volodymyr Zelensky|volodymyr-zelenskyy]] on Friday, Bloomberg reported.
    A pause ordered by the [[Trump|donald-trump]] administration caught Kyiv off guard; [[Putin|vladimir-putin]] has refused to meet [[Zelensky|volodymyr-zelenskyy]].
    [[The US president|desc donald-trump]] has said he will not renew support for Ukraine.
  `);
  assert.equal(r.leaders.length, 3);
  assert.deepEqual(
    r.leaders.map((l) => [l.id, l.office, l.country, l.countryName, l.known]),
    [
      ['vladimir-putin', 'President of Russia', 'RU', 'Russia', true],
      ['donald-trump', 'President of the United States', 'US', 'United States', true],
      ['volodymyr-zelenskyy', 'President of Ukraine', 'UA', 'Ukraine', true],
    ],
  );
  assert.equal(r.findings.filter((f) => f.severity === 'warning').length, 0);
  const note = r.findings.find((f) => f.code === 'leader.annotation' && r.text.slice(f.start, f.end) === 'Vladimir Putin');
  assert.match(note!.message, /President of Russia.*Russia.*5 name mentions and 1 description.*Knowledge as of \d{4}-\d{2}-\d{2}/);
});

// ---- Recognition ------------------------------------------------------------------------------------------------

test('diacritics-insensitive names and aliases, possessives with both apostrophes', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    [[Recep Tayyip Erdogan|recep-tayyip-erdogan]] met [[Emmanuel Macron|emmanuel-macron]] in Paris. [[Erdogan|recep-tayyip-erdogan]]'s aides and [[Macron|emmanuel-macron]]’s team spoke. [[[[Lula|!leader.first-reference]]|luiz-inacio-lula-da-silva]] sent a message.
  `);
});

test('no false leaders from places, buildings, holidays, countries and shows', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    Crowds gathered at [[Trump Tower|none]] and the [[Kennedy Center|none]] before [[President's Day|none]], then walked to the [[Lincoln Memorial|none]].
    [[Washington|none]] and [[Jordan|none]] signed a deal. The [[White House|none]] said nothing.
  `);
  check(`
    ---
    date: 2016-03-01
    ---
    She spoke on Fox News' The [[Kelly File|none]] and on tonight's [[Harlow File|none]], and wrote for the [[Mason Report|none]].
  `);
  check(`
    ---
    date: 2016-03-01
    ---
    He quoted the [[King James Bible|none]] and the [[New Standard Version|none]] at length.
  `);
});

test('unknown leaders introduced with a leadership title', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[Gov.|title]] [[Jane Doe|text:jane-doe]] met [[Sen.|title]] [[Rob Castillo|text:rob-castillo]] and [[Chancellor|title]] [[Ottla Brenner|text:ottla-brenner]].
    [[Prime Minister|title]] [[Aroha Ngata|text:aroha-ngata]] and [[Secretary-General|title]] [[Kofi Mensah-Boateng|text:kofi-mensah-boateng]] joined.
    [[Piet Hoogland|text:piet-hoogland]], [[the country's prime minister|desc text:piet-hoogland]], agreed. [[Doe|text:jane-doe]] said the talks went well.
  `);
  assert.equal(byId(r, 'text:jane-doe').known, false);
  assert.equal(byId(r, 'text:jane-doe').office, 'Governor');
  assert.equal(byId(r, 'text:piet-hoogland').office, 'Prime Minister');
});

test('a president or chairman of an organisation is a person, of a political body a leader', () => {
  check(`
    ---
    date: 2016-04-01
    ---
    "It is hidden," said Judicial Watch [[President|title]] [[Tom Fenner|person Tom Fenner]]. So did Acme Motors [[Chairman|title]] [[Ruth Dale|person Ruth Dale]].
    [[State Senate President|title]] [[Steve Sweeny|text:steve-sweeny]] and [[Democratic Party Chairman|title]] [[Jaime Harwood|text:jaime-harwood]] disagreed.
  `);
});

test('an office the article\'s person of that name was not introduced with goes to the knowledge base holder', () => {
  check(`
    ---
    date: 2015-12-15
    ---
    [[Michelle Obama|person Michelle Obama]] hosted the party. [[President|title]] [[Obama|barack-obama]] arrived late; [[Obama|person Michelle Obama]] greeted guests.
  `);
  check(`
    ---
    date: 2016-07-08
    ---
    [[President|title]] [[Barack Obama|barack-obama]] will speak, and possibly [[Michelle Obama|person Michelle Obama]]. "[[President|title]] [[Obama|barack-obama]] is the adult," an aide said.
  `);
});

test('a description fits a knowledge-base person by an office the article gives and the base does not record', () => {
  check(`
    ---
    date: 2005-03-16
    ---
    [[Chancellor|title]] [[Gordon Brown|gordon-brown]] set out his plans. Critics said [[the chancellor|desc gordon-brown]] was too cautious.
  `);
  check(`
    ---
    date: 2016-07-14
    ---
    [[Gov.|title]] [[Mike Pence|mike-pence]] may leave the race, and [[Lt. Gov.|title]] [[Eric Holm|text:eric-holm]] is interested. "If [[the governor|desc mike-pence]] withdraws, she will run," an aide said.
  `);
});

test('a description head that a noun follows is a modifier; "then the president" is of its time; the object of a named subject is someone else', () => {
  check(`
    ---
    date: 1998-08-18
    ---
    [[Secretary of State|title]] [[Madeleine Albright|madeleine-albright]] arrived. [[Albright|madeleine-albright]] told [[the foreign minister|none]] that aid would come.
    Sansui was once one of Japan's premier makers of radios, and the leader article said so.
  `);
  check(`
    ---
    date: 1999-03-12
    ---
    [[President|title]] [[Vaclav Havel|vaclav-havel]] met [[Lech Walesa|lech-walesa]], who was then [[the president|desc lech-walesa]] of Poland.
  `);
});

test('a description followed by a verb is the clause subject, and a former holder is not "the chancellor"', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    [[Prime Minister|title]] [[Aroha Ngata|text:aroha-ngata]] spoke first.
    Echoing [[Governor|title]] [[Rob Castillo|text:rob-castillo]], [[the prime minister|desc text:aroha-ngata]] said the talks went well.
  `);
  check(`
    ---
    date: 2025-07-03
    ---
    Earlier, [[ex-Liberal chancellor|title]] [[Ottla Brenner|text:ottla-brenner]] welcomed the rules. [[The chancellor|none]] said nothing.
  `);
});

test('a surname that is also a word names the person introduced when it stands inside a sentence', () => {
  check(`
    ---
    date: 2005-02-10
    ---
    [[Blair|tony-blair]] backs [[Brown|gordon-brown]] over budget row
    [[Chancellor|title]] [[Gordon Brown|gordon-brown]] spoke. Officials said [[Brown|gordon-brown]] feels betrayed.
    The scheme starts in May, and brown envelopes went out. [[Theresa Maywood|person Theresa Maywood]] and [[Philip French|person Philip French]] spoke; he speaks French.
  `);
});

test('a leader surname after a mismatched initial or in a substitution line is a player, not the leader', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Scotland: [[R Russell|person R Russell]], [[B Douglas|person B Douglas]], [[M Blair|person M Blair]], [[G Ross|person G Ross]]. Italy: [[P Griffen|person P Griffen]], [[KP Robertson|person KP Robertson]].
    Replacements: Strudwick for Kennedy (60), [[Reid|none]] for Murphy (47).
    [[Prime Minister|title]] [[Tony Blair|tony-blair]] spoke. A [[Blair|tony-blair]] aide said the plan would go ahead.
  `);
});

test('a team list names players by bare initials and surname, linked to those named in full', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Full-back|title]] [[Denis Hartigan|person Denis Hartigan]] starts.
    [[R Russell|person R Russell]], [[B Douglas|person B Douglas]], [[D Hartigan|person Denis Hartigan]]; [[KP Robertson|person KP Robertson]], [[R de Marigny|person R de Marigny]].
    Replacements: Kyle, Orr, [[S Easterby|person S Easterby]], Leamy (capt).
    The banks, led by LG Card, cut card fees, and AC Milan won.
  `);
});

test('a nickname in quotation marks between a given name and a surname is part of the name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Antonio "LA" Reid|person Antonio "LA" Reid]], the label's chairman, said yes. Mogul [[Marion “Suge” Knight|person Marion “Suge” Knight]] was arrested.
    [[Mr|title]] [[Knight|person Marion “Suge” Knight]] denied it.
  `);
});

test('a possessive description after a name is someone else: the apposition is its head', () => {
  check(`
    ---
    date: 2005-02-10
    ---
    [[Prime Minister|title]] [[Tony Blair|tony-blair]] spoke. [[Cherie Blair|person Cherie Blair]], [[the prime minister|desc tony-blair]]'s wife, attended.
  `);
});

test('"the senator", "the governor", "the mayor" name the one person the article gave that office', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    [[Senator|title]] [[Jane Roe|text:jane-roe]] spoke first. Later [[the senator|desc text:jane-roe]] left.
    [[Mayor|title]] [[Ana Cruz|text:ana-cruz]] stayed, and [[the mayor|desc text:ana-cruz]] thanked the crowd.
  `);
});

test('"the Vermont senator", "the senator from Texas" name the senator written beside that state, and no other', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    Vermont [[Sen.|title]] [[Jane Roe|text:jane-roe]] spoke first, and [[Sen.|title]] [[Al Doe|text:al-doe]] (R-Texas) replied.
    Later [[the Vermont senator|desc text:jane-roe]] left, [[the senator from Texas|desc text:al-doe]] stayed and [[the Ohio senator|none]] was absent.
    Against [[Roe|text:jane-roe]], [[the Texas senator|desc text:al-doe]] won 51 percent.
  `);
});

test('"the Republican nominee" after a name describes that person; alone, "the candidate" names no one', () => {
  check(`
    ---
    date: 2016-08-01
    ---
    Voters rejected [[Al Doe|person Al Doe]], [[the Republican nominee|person Al Doe]], and [[Republican candidate|title]] [[Jo Roe|person Jo Roe]] as well.
    Critics said [[the candidate|none]] erred, and that [[Doe|person Al Doe]] would not be [[the nominee|none]] again.
  `);
});

test('a deputy or shadow office keeps its modifier', () => {
  const r = check(`
    ---
    date: 2005-01-15
    ---
    [[Deputy Prime Minister|title]] [[Jon Prestwick|text:jon-prestwick]] opened the debate.
    [[Shadow chancellor|title]] [[Olly Lettering|text:olly-lettering]] replied.
  `);
  assert.equal(byId(r, 'text:jon-prestwick').office, 'Deputy Prime Minister');
  assert.equal(byId(r, 'text:olly-lettering').office, 'Shadow Chancellor');
});

test('words inside a title are no name; a title word after a given name is the surname', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Figures came from the Office of the [[Deputy Prime Minister|none]]. "None," said [[Chief Treasury Secretary|title]] [[Pat Oswin|text:pat-oswin]].
    Sales rose, said [[Ken Mura|person Ken Mura]], Chief [[Operating|none]] Officer of Sonex. [[Bank governor|title]] [[Mervyn King|person Mervyn King]] warned.
  `);
});

test('a place after "in" is not a person described by the apposition after it', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    In a speech in [[Edinburgh|none]], the prime minister said the economy was strong.
  `);
});

test('a royal title before a word that is no given name, a title in a list of names and a continent name no one', () => {
  const r = check(`
    ---
    date: 2005-01-15
    ---
    The remake of [[King Kong|none]] opened as the band [[King Crimson|none]] toured. A memorial to [[the Queen Mother|none]] is planned.
    The squad: [[Hodgson|none]], King, Wilkinson and Dawson. [[Queen|title]] [[Mary|text:mary]] read a story.
    "Sales grew," said [[Diageo North America president|title]] [[Ivo Menard|person Ivo Menard]].
  `);
  assert.equal(byId(r, 'text:mary').office, 'Queen');
});

test('a role word at the start of a sentence is not part of the name after it', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The squad was named. - Manager [[Mark Hughson|person Mark Hughson]], who won the cup, said the team was ready.
    Tributes came in. Conductor [[Marcello Vitelli|person Marcello Vitelli]], 50, has died, the theatre said.
    Interestingly [[Blocher|none]], a wealthy industrialist, said nothing. Unfortunately [[Dorn|none]] said no.
  `);
});

test('a nationality noun or "compatriot" before a name is not part of it', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The seventh seed lost to Dutchman [[Pieter Wessling|person Pieter Wessling]] and will face Swede [[Anders Holmqvist|person Anders Holmqvist]] next.
    [[Wessling|person Pieter Wessling]] then beat compatriot [[Joost Ramaker|person Joost Ramaker]] in straight sets.
  `);
});

test('an initial and a surname name someone; an initial before a place does not', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The study by [[J. Okonkwo|person J. Okonkwo]] was published on Monday. [[M. Atherton|person M. Atherton]] made 24 before lunch.
    Aid flights to [[S. Africa|none]] and [[N. Korea|none]] resumed. Shares in [[AT&T. Consolidation|none]] followed.
  `);
});

test('scorers in a match summary are people; numbers in brackets elsewhere name no one', () => {
  check(`
    ---
    date: 1996-10-26
    ---
    Rovers 2 ( [[Kellaway|person Kellaway]] 34 , [[Merriot|person Merriot]] 70 pen ) Albion 1 ( [[Deane|person Deane]] 55 ) . Attendance : 18,140
    Scorers: [[Dunmore|person Dunmore]] 12, 41
    : [[Rafferty|person Rafferty]] 40, [[Blyth|person Blyth]] 68.
    The fund rose 3 ( Group 2 , [[Section|none]] 4 ) last year .
  `);
});

test('a role word before a name is no part of it and makes it a person', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Cleric [[Tariq Jamaluddin|person Tariq Jamaluddin]] said the talks would resume.
    "Tourism is helping," said entrepreneur [[Drayton Valmont|person Drayton Valmont]]. Blind-side flanker [[Lewin Mordaunt|person Lewin Mordaunt]] is fit.
  `);
});

test('cricket scorecards name batsmen, fielders and bowlers; a listed given name opens a sentence', () => {
  check(`
    ---
    date: 1996-12-06
    ---
    Rovers first innings
    [[Rashid Minhas|person Rashid Minhas]] c [[Dowling|person Dowling]] b [[Pettifer|person Pettifer]] 43
    [[Brannigan|person Brannigan]] run out 41
    [[Okafor|person Okafor]] not out 12
    Bowling: [[Pettifer|person Pettifer]] 9-1-40-2
    He went to plan b in the end. [[Taha Bakri|person Taha Bakri]] said the pitch was slow.
  `);
});

test('peers: "Baroness" is a title, also before a place; "St Helens" and "Scotland Yard" are no one', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Downing Street adviser Baroness|title]] [[Moreton|person Moreton]] and [[Home Office minister Baroness|title]] [[Scotland|person Scotland]] spoke.
    [[Scotland Yard|none]] said there had been 11 arrests. He played for [[St Helens|none]] from 1994. Sweden's [[Carolina Klemm|person Carolina Klemm]], the Olympic champion, won the long jump.
  `);
});

test('a given name after a kin word and a possessive is a relative of that person ("Bush\'s son, George")', () => {
  check(`
    ---
    date: 1991-12-03
    ---
    [[President|title]] [[George Bush|george-h-w-bush]] spoke. The aide was told by [[Bush|george-h-w-bush]]'s son, [[George|none]], that he had lost support.
    [[George|george-h-w-bush]] himself said nothing.
  `);
});

test('after a title, one word that the article also writes in lower case and that is no known name is no one', () => {
  check(`
    ---
    date: 2005-02-01
    ---
    The audit is funded by the players' union and Premier [[Hurling|none]]. Injuries in hurling have doubled.
    The firm's "Chief [[Wombat|none]]" named it after a wombat. [[Senator|title]] [[Green|text:green]] agreed; the green paper was mentioned.
  `);
});

test('a cabinet office named by its department ("Home Secretary", "Health Minister") makes a leader with that office', () => {
  const r = check(`
    ---
    date: 2026-05-14
    ---
    [[Home Secretary|title]] [[Orla Pennick|text:orla-pennick]] met [[Treasury Secretary|title]] [[Dale Morrow|text:dale-morrow]] and [[Health Minister|title]] [[Ines Varga|text:ines-varga]].
    [[White House press secretary|title]] [[Kim Ardley|person Kim Ardley]] took questions.
  `);
  assert.deepEqual(r.leaders.map((l) => l.office), ['Home Secretary', 'Treasury Secretary', 'Health Minister']);
});

test('a known person the base has no office for yet holds the one the article gives ("Sen. Marco Rubio" in 2016)', () => {
  const r = check(`
    ---
    date: 2016-02-10
    ---
    [[Sen.|title]] [[Marco Rubio|marco-rubio]] spoke in Iowa.
  `);
  const rubio = byId(r, 'marco-rubio');
  assert.deepEqual([rubio.office, rubio.countryName, rubio.term], ['Senator', 'United States', null]);
  assert.match(rubio.officeNote ?? '', /^from the article's own words; the knowledge base has them as Secretary of State of the United States from 2025-01-21$/);
  const budget = check(`
    ---
    date: 2021-03-03
    ---
    [[Chancellor|title]] [[Rishi Sunak|rishi-sunak]] presented the budget.
  `);
  assert.equal(byId(budget, 'rishi-sunak').office, 'Chancellor');
  // A title the base records for them later is no office of that date: "President Trump" in 2016.
  const trump = byId(check(`
    ---
    date: 2016-02-10
    ---
    Enter [[[[President|title]] [[Trump|donald-trump]]|!leader.title-at-date]].
  `), 'donald-trump');
  assert.equal(trump.office, '');
});

test('a title with "-elect" or "-designate" written on names an office not yet taken, and is not checked', () => {
  const r = check(`
    ---
    date: 2026-11-10
    ---
    [[Mayor-elect|title]] [[Ilan Rostami|text:ilan-rostami]] met [[Governor|title]] [[Kay Hollis|text:kay-hollis]].
  `);
  assert.deepEqual(r.leaders.map((l) => l.office), ['Mayor-elect', 'Governor']);
});

test('a leader known only from a former title holds it no more ("former Mayor Jo Roebling")', () => {
  const r = check(`
    ---
    date: 2026-05-14
    ---
    [[Former Mayor|title]] [[Jo Roebling|text:jo-roebling]] and [[former Culture Secretary|title]] [[Lem Arkwright|text:lem-arkwright]] spoke.
    [[Ex-President|title]] [[Ade Okonjo|text:ade-okonjo]], [[ex-Health Secretary|title]] [[Rue Callan|text:rue-callan]] and [[ex-minister|title]] [[Tam Ollery|text:tam-ollery]] did not.
  `);
  assert.deepEqual(r.leaders.map((l) => l.office), ['former Mayor', 'former Culture Secretary', 'former President', 'former Health Secretary', 'former Minister']);
});

test('a peer is a knowledge-base person only if the base names them as one ("Lord Robertson", not "Lord Browne")', () => {
  check(`
    ---
    date: 2005-02-01
    ---
    [[Rivenhall Oil chief executive Lord|title]] [[Browne|person Browne]] said the results were strong. [[Lord|title]] [[Browne|person Browne]] added more.
    [[Lord|title]] [[Robertson|george-robertson]] attended. [[Des Browne|des-browne]] did not.
  `);
  check(`
    ---
    date: 2012-03-01
    ---
    [[Lady|title]] [[Ashton|catherine-ashton]] said the talks in Istanbul would resume.
  `);
});

test('a name followed by a word for an organisation names it ("Vanity Fair magazine"), but not one opening with a given name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    His friend told [[Tatler Weekly|none]] magazine about it. The [[Middle Way|none]] group said the plan was rushed.
    Critics of [[Middle Way|none]], the campaign said, were wrong. The [[Christian Lacroix|person Christian Lacroix]] label was sold.
  `);
});

test('local titles: a title of several words is no name ("Assistant District Attorney"); "Councilor" is a title', () => {
  check(`
    ---
    date: 2024-03-14
    ---
    He was released, according to [[Assistant District Attorney|title]] [[Renata Oyelaran|person Renata Oyelaran]].
    [[Councilor|title]] [[Zaida Govan|person Zaida Govan]] said she would ask for patrols. [[Govan|person Zaida Govan]] said residents complained.
    [[Cllr|title]] [[Mark Doyle|person Mark Doyle]] agreed.
  `);
});

test('a company named after its founder: before the founder is named, the name alone is the company', () => {
  check(`
    ---
    date: 2023-10-26
    ---
    Shares in [[Rivenhall|none]] Holdings fell 14%. [[Rivenhall|none]], founded by [[Edward Rivenhall|person Edward Rivenhall]] in 1886, employs 12,000 people.
    [[Mr|title]] [[Rivenhall|person Edward Rivenhall]] died in 1920.
  `);
});

test('places, holidays, elections and film companies are no one', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    In [[Sri Lanka|none]], economists said growth would slow. [[Hong Kong|none]]'s market fell, [[England|none]] said.
    "[[Christmas|none]] is a special time," the director said before the [[General Election|none]].
    Distribution went to [[Samuel Goldwyn Films|none]]. "It works," said [[Jo Reed|person Jo Reed]] of [[Total Film|none]].
    "No comment," said [[Judicial Watch|none]], and an editorial in [[The Des Moines Register|none]] agreed.
    The software firm [[Peopleware Systemics|none]] fell. [[Peopleware Systemics|none]] said sales were weak.
    [[Marco Rubio|marco-rubio]] spoke. One label [[Rubio|marco-rubio]] resists is "moderate".
  `);
});

test('one word after a role that companies hold too names a company; a person in that role is named in full', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Market leader [[Gamestation|none]] cut prices. [[Gamestation|none]] said sales rose, and its rival [[Orbitex|none]] agreed.
    "It is a good deal," said [[analyst|title]] [[Carla Menotti|person Carla Menotti]]. Chelsea host [[Brentford|none]] on Sunday.
  `);
});

test('a person\'s surname after a modified word for an organisation names the organisation', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The band took its name from [[Linda Kasabian|person Linda Kasabian]]. Indie dance band [[Kasabian|none]] toured. [[Kasabian|none]] said so.
    [[Marco Rubio|marco-rubio]] spoke. Polling firm [[Rubio|none]] asked 1,000 adults.
  `);
});

test('an apposition with a word for an organisation, after the name or before it, makes the name an organisation', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Nordbank Verein|none]], the German savings bank that owns the fund, said profits rose. [[Nordbank Verein|none]] said more.
    [[Hallam Re|none]], the world's second biggest reinsurer, agreed. [[Jo Reed|person Jo Reed]], the bank's chairman, said no.
    Executives of Ireland's state-owned airline, [[Aer Lochan|none]], are to leave [[Aer Lochan|none]].
    [[Jackson Hole|none]], the Fed's annual retreat in Wyoming, was quiet.
    The head of the state-owned Naftohaz company, [[Yury Boyko|person Yury Boyko]], said he was happy.
  `);
});

test('a name in brackets after a name is a club unless a minute follows', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Team: [[Jo Reed|person Jo Reed]] ([[Stade Marcellin|none]], capt), [[Tom Okri|person Tom Okri]] ([[Stade Marcellin|none]]).
    [[Ade Yakubo|person Ade Yakubo]], 25, was on the bench. Subs: [[Leon Fuller|person Leon Fuller]] ([[Yakubo|person Ade Yakubo]] 55).
    [[Stade Marcellin|none]] said it was ready.
  `);
});

test('words of company, club and union names start no name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Deutsche Kraftwerk|none]] said profits rose. The [[Lib Dems|none]] warned against it.
    The Transport and [[General Workers|none]]' Union agreed, and General [[Electric|none]] said so too.
    "We are calm," said [[Real Zaragoza president|title]] [[Florentino Pardo|person Florentino Pardo]], and [[John Burns|none]] Real Estate agreed.
  `);
});

test('a name after an article at the start of a sentence is a work or an organisation', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The [[Blue Lantern|none]], released on Friday, is a hit. The [[Countryside Alliance|none]] said it would appeal.
  `);
});

test('a place alone is not the surname of a name without a known given name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "We need freedom," said [[Dafydd Wales|person Dafydd Wales]]. The Arts Council of [[Wales|none]] may be taken over.
  `);
});

test('a lower-case honorific and a category of an award before one word are no titles', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    She will miss [[Melbourne|none]] this year. He turned down the best actor [[Bafta|none]] in 1999.
    She lost to best [[actress|title]] [[Hilary Swank|person Hilary Swank]].
  `);
});

test('a compound modifier is not part of a name, before it or at its end', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "It works," said [[Anton Corbijn|person Anton Corbijn]]. The film is to be directed by Dutch-born [[Anton Corbijn|person Anton Corbijn]].
    [[Lyon-based Texnet|none]] said it would bid. Talks with [[Texnet|none]] went on.
    The deal with [[Hong Kong-based|none]] Pacific Harbour and the [[Mary Robson-inspired|none]] campaign went ahead.
    [[Paulo Reyes|person Paulo Reyes]] spoke. The Alabama-based [[Paulo Reyes Ministries|none]] paid him.
    He joined [[Robey Hallam|none]], a firm founded in 2014 by two bankers. [[Robey Hallam|none]] said so.
  `);
});

test('given names from everywhere, compound given names, and results lines in capitals', () => {
  check(`
    Results :
    1. [[Ato Boldon|person Ato Boldon]] ( Trinidad ) 10.09
    2. [[Marie-Jose Perec|person Marie-Jose Perec]] ( France ) 49.79
    3. [[Xolani Mvubu|person Xolani Mvubu]] ( South Africa ) 50.12
    4. [[Juan Pablo Ortega|person Juan Pablo Ortega]] ( Spain ) 50.31
    5. [[Matt Le Tissier|person Matt Le Tissier]] ( Southampton ) 50.40
    An Oscar-winning Film Director left. [[Joy Division|none]] said it would tour, and the [[Cup Final|none]] sold out.
    He owned the Miss [[Universe|none]] pageant; the Teacher [[Retirement|none]] System invested.
  `);
});

test('a title in the plural is no name, and heads the name of a body before words that open no name', () => {
  check(`
    ---
    date: 2016-01-20
    ---
    They met the Deputy Secretaries and the Under [[Secretaries|none]]. [[Senators|none]] [[Ted Cruz|person Ted Cruz]] and [[Jo Ann Roe|person Jo Ann Roe]] objected.
    The merger of the Royal Scots and the [[Kings Own Scottish Borderers|none]] was proposed.
  `);
});

test('a verb or adverb after a comma goes on the sentence and makes no apposition; a role word does', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Her second single, [[Glass Harbour|none]], featuring a choir, reached number six.
    Hits such as Quiet Orchard and [[Paper Lanterns|none]], are expected to do well. The novel [[Silver Meadow|none]], directed by a newcomer, opens today.
    [[Tobin Crale|person Tobin Crale]], spokesman for the union, disagreed. [[Ulla Frenn|person Ulla Frenn]], writing in a weekly, agreed.
    [[Darsh Quint|person Darsh Quint]], now a judge, stayed; [[Harlo Venn|person Harlo Venn]], acting director of the fund, left.
    Rebels fought the troops of dictator [[Orvan Skeld|person Orvan Skeld]], taking the capital in 1959.
  `);
});

test('after a preposition a name is no subject: a speech verb or said after it tells no person, an apposition for someone does', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    "Margins are thin," [[Simon Vale|person Simon Vale]], from [[Ridley Harcourt|none]], told Reuters. The National Union of [[Lock Keepers|none]] said it would strike.
    The case was compared to that of [[Oskar Brandvold|person Oskar Brandvold]], hotelier and donor, and to the death of [[Tamsin Oyelaran|person Tamsin Oyelaran]], 26, in May.
  `);
});

test('the last word of a title of several words opens no name', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    [[Chief of Staff|title]] [[Katie Walsh|person Katie Walsh]] explained the plan, and [[Senate Minority Whip|title]] [[Dick Durbin|person Dick Durbin]] agreed.
  `);
});

test('of two people with one surname, a passing namesake does not take the surname from the story\'s subject', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    [[Marta Quellin|person Marta Quellin]] opened the clinic. [[Mrs.|title]] [[Quellin|person Marta Quellin]] thanked donors, and [[Mrs.|title]] [[Quellin|person Marta Quellin]] cut the ribbon.
    [[Mrs.|title]] [[Quellin|person Marta Quellin]] spoke of her late father. Her daughter, [[Lina Quellin|person Lina Quellin]], flew in from Oslo.
    [[Mrs.|title]] [[Quellin|person Marta Quellin]] said the clinic would open on Monday.
  `);
  check(`
    ---
    date: 2016-03-01
    ---
    [[Marta Quellin|person Marta Quellin]] spoke. Her daughter, [[Lina Quellin|person Lina Quellin]], spoke too. [[Ms.|title]] [[Quellin|person Lina Quellin]] said she was proud.
  `);
});

test('"Will" before a verb or opening a question is the modal, not a given name', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    Voters [[Will Be|none]] Heard, Says Ombudsman
    [[Will Harrow|person Will Harrow]] said it will be close. [[Will|none]] [[Harrow|person Will Harrow]]'s plan work? Few think so.
  `);
});

test('a word of the language before a given name and a surname is a description, and the name starts after it', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    Teenager [[Sania Orlova|person Sania Orlova]] won; the teenager cried. New Zealander [[Peter Kellan|person Peter Kellan]] coached.
    Celebrities [[Julianne Marsh|person Julianne Marsh]] and others wrote. Co-anchor [[Norah Quent|person Norah Quent]] asked again.
    Their song Love Will Tear Us Apart was played, and it will be played again.
  `);
});

test('after an honorific a word for a title or a crown is a surname; an office is not', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    "We will see," [[Ms.|title]] [[Boxer|person Boxer]] said. [[Mr.|title]] [[King|person King]] agreed, and [[Ms.|title]] [[White|person White]] left.
    "Thank you, Mr. President," she said.
  `);
});

test('a given name before a word that names an outlet makes a person of that surname', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    Voters compared him with [[Michael Bloomberg|person Michael Bloomberg]]. Bloomberg reported the poll on Monday.
  `);
});

test('a name whose last word speaks alone or follows an honorific elsewhere is a person, unless it opens a clause or follows an article', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    It was revealed when [[Megyn Orlow|person Megyn Orlow]] requested a meeting. [[Orlow|person Megyn Orlow]] said she was pleased.
    The club's spokesman said the [[Rovers|none]] would appeal. "Once [[Rovers|none]] receive the letter we will reply," said [[Rovers|none]] manager [[Al Vane|person Al Vane]].
    [[Hillary Clinton|hillary-clinton]] spoke. Later [[Team Clinton|none]] met, and [[Clinton|hillary-clinton]] said more.
  `);
  check(`
    ---
    date: 2016-03-01
    ---
    The board chose Blairite [[Alan Pruyn|person Alan Pruyn]]. It was then that [[Darleen Osk|person Darleen Osk]] joined. [[Ms.|title]] [[Osk|person Darleen Osk]] declined to comment.
  `);
});

test('a knowledge-base surname written without its special letters is a surname, not a one-word name of the leader', () => {
  check(`
    ---
    date: 2017-03-01
    ---
    The shop was owned by [[Ahmet Yildirim|person Ahmet Yildirim]], whom neighbours knew well. [[Yildirim|person Ahmet Yildirim]]'s page lists him.
  `);
});

test('after "told" only a given name tells a person: the one told is as often an outlet', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    "We will win," Roe told [[Harbour Weekly|none]] in May, and she told [[Jane Parr|person Jane Parr]] the same.
  `);
});

test('given names of North American politics and media the lexicon lacks are listed', () => {
  check(`
    ---
    date: 2016-03-01
    ---
    The debate was hosted by [[Megyn Farr|person Megyn Farr]] and watched by [[Rahm Oster|person Rahm Oster]] on Monday.
  `);
});

test('a name that holders or shares follow is a company; a country\'s people in the plural end a name', () => {
  check(`
    ---
    date: 1998-09-11
    ---
    The rights would entitle [[Ronald Hendry|none]] holders to buy shares. [[Ronald Hendry|none]] had 926 million shares outstanding.
    [[Five Iraqis|none]], whose names were not disclosed, were deported.
  `);
  check(`
    ---
    date: 2005-01-15
    ---
    "Growth is weak," said [[Corvane Ridley economist|title]] [[Lena Komo|person Lena Komo]].
    Ad sales boost [[Tolan Mercer|none]] profit. [[Tolan Mercer|none]] said on Friday that [[Tolan Mercer|none]]'s fourth quarter profits rose.
    [[Jo Hague|person Jo Hague]]'s six-figure earnings were shown.
  `);
});

test('a name ending in a word for a work, a band or a body is no person, nor are capitalised common nouns with a cue', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The channel shows [[The Nina Holt Story|none]] on Friday; [[the Dave Corrie Experience|none]] played later.
    [[Age Concern|none]] said pensioners were worse off. [[Six Nations|none]] organisers said tickets sold out.
    A Series of [[Unfortunate Events|none]] opened. [[Small Businesses|none]] said rates were too high.
    What is left on the high street? [[One Starbucks|none]], one bank and one small cafe.
    The pass covers the Old [[Harwell Physic Garden|none]], the Marlow Academy of Song and the [[Dunmore Climate Lab|none]], a program for schools.
  `);
});

test('given names from Africa, the Arab world, Russia, South Asia, Japan and Israel start full names; a movement is no one', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The report was drafted by [[Nnamdi Okonkwo|person Nnamdi Okonkwo]] and [[Kwabena Mensah|person Kwabena Mensah]] for the panel.
    Guests included [[Moncef Belhadj|person Moncef Belhadj]], [[Yevgeniy Orlov|person Yevgeniy Orlov]] and [[Thandiwe Dlamini|person Thandiwe Dlamini]].
    The prize went to [[Pranab Ghosh|person Pranab Ghosh]], with [[Sanae Morita|person Sanae Morita]] and [[Tzipi Harel|person Tzipi Harel]] close behind.
    The [[Amal Movement|none]] backed the plan.
  `);
});

test('a country in brackets after a full name makes a person', () => {
  check(`
    In the final [[Goran Ivanisevic|person Goran Ivanisevic]] (Croatia) beat [[Yevgeny Kafelnikov|person Yevgeny Kafelnikov]] (Russia), and [[Olmo Zubrik|person Olmo Zubrik]] (Spain) lost. The Real Madrid (Spain) fans cheered.
  `);
});

test('a byline names its writer', () => {
  check(`
    Storm hits coast
    By [[Nadim Ladki|person Nadim Ladki]]
    A storm hit the coast, which was passed by Ozul Temba yesterday.
  `);
});

test('abbreviated police ranks are titles, not names', () => {
  check(`
    [[Det Supt|title]] [[Mark Green|person Mark Green]] said the inquiry went on. [[DCI|title]] [[Ann Rowe|person Ann Rowe]] agreed.
  `);
});

test('a position in sport introduces a person', () => {
  check(`
    Ajax's [[Finnish striker|title]] [[Jari Litmanen|person Jari Litmanen]] scored, and [[batsman|title]] [[Sachin Tendulkar|person Sachin Tendulkar]] made 90.
  `);
});

test('a plural nationality before a full name is not part of it', () => {
  check(`
    Top-seeded Americans [[Dale Mercer|person Dale Mercer]] and [[Tom Haskins|person Tom Haskins]] won. [[Mercer|person Dale Mercer]] dropped a set.
  `);
});

test('a line in capitals names the people the article names', () => {
  check(`
    TENNIS - [[GRAF|person Steffi Graf]] BEATS [[MONICA SELES|person Monica Seles]] IN NEW YORK FINAL .
    NEW YORK 1996-09-08
    [[Steffi Graf|person Steffi Graf]] beat [[Monica Seles|person Monica Seles]] on Sunday. The NATO summit was put off.
  `);
  check(`
    SOCCER - [[VAN DALEN|person Pieter van Dalen]] HAPPY WITH YOUNG SIDE .
    [[Coach|title]] [[Pieter van Dalen|person Pieter van Dalen]] said on Monday he was happy.
  `);
});

test('listed given names start full names; alone a surname stays a surname', () => {
  const kb = { ...bundledKnowledge(), givenNames: ['zorba', 'blair'] };
  check(
    `
    ---
    date: 2005-01-15
    ---
    [[Zorba Quill|person Zorba Quill]] smiled, and [[Prime Minister|title]] [[Tony Blair|tony-blair]] spoke. [[Blair|tony-blair]] then left.
  `,
    { kb },
  );
});

test('a name of several words after "in" is a place unless it starts with a given name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    He was held in [[Addis Ababa|none]], now a city of millions. [[Addis Ababa|none]], he said, had changed.
    They had faith in [[Bernie Sanders|person Bernie Sanders]].
  `);
});

test('a name with a given name after a modified word for an organisation names the organisation', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "It helps," said [[Jo Reed|person Jo Reed]] of accountancy firm [[Grant Thornbury|none]]. [[Grant Thornbury|none]] said so too.
    He left the firm [[Peter Gates|person Peter Gates]] founded. Veteran broadcaster [[Cyril Fletchley|person Cyril Fletchley]] has died.
  `);
});

test('"Prof" without a period is a title', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "It works," said [[Raj Reddin|person Raj Reddin]]. "I come from a village," says [[Prof|title]] [[Reddin|person Raj Reddin]].
  `);
});

test('a name that "which" follows is a thing, unless a title or a person\'s surname says otherwise', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    He was a partner at [[Tods Murrie|none]], which has a client opposing it. [[Tods Murrie|none]] said so.
    "No," said [[Ivana Trump|person Ivana Trump]]. Critics say he assaulted [[Ivana Trump|person Ivana Trump]], which he denied. [[Cult leader|title]] [[Humma Kavula|person Humma Kavula]], which Adams created, returns.
  `);
});

test('a name ending in a plural head is an organisation', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "Sales will grow," said [[Roy Ashby|person Roy Ashby]] of [[Hibernia Investment Managers|none]], and [[Kirin Breweries|none]] said so too.
    Activist [[Chicago Teachers|none]], who backed her, met. [[Teachers|none]] said they were ready.
  `);
});

test('bookmakers, consultancies, bodies and businesses are organisations unless they have their name already', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Anti-fraud consultancy [[Retail Verdicts|none]] said fraud rose. [[Bookmakers Ladbroke|none]] said the odds were even.
    It defends [[Planned Kinship|none]], the abortion business that is being investigated.
    "It is ripe," said [[Kim Lo|person Kim Lo]], founder of the CGA consultancy [[Jeanne-Marie Gescher|person Jeanne-Marie Gescher]], agreed.
  `);
});

test('an order and a contraction of "I" are no names', () => {
  check(`
    ---
    date: 2016-01-04
    ---
    He will act via Executive [[Order|none]]. "Other than [[Jim Eastland|person Jim Eastland]] I’ve presided over more," he said.
    "If he wins, I'll be stopped," said a Republican congressman [[I've|none]] never heard of.
  `);
});

test('in a title-case headline a title before one word that is no known name names no one', () => {
  check(`
    ---
    title: Texas Gov. [[Hears|none]] About the Gun Plan, Pundit [[Turns|none]] Adviser
    date: 2016-01-04
    ---
    The governor spoke.
  `);
});

test('a name after a word for an organisation opening the sentence names the organisation', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Bookmaker [[William Hillman|none]] has stopped taking bets. "It is over," said [[William Hillman spokesman|title]] [[Rupert Adams|person Rupert Adams]].
  `);
});

test('a name of several words after a role and "at", "for" or "of" is the organisation worked for', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "We are investigating," said a spokeswoman for [[Royal Post|none]]. [[Royal Post|none]] said it would report.
    [[Tony Macklin|person Tony Macklin]], director of product at [[Ask Jives|none]], agreed. [[Ask Jives|none]] said so.
  `);
});

test('a one-word knowledge-base name followed by a surname is someone else', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    "Prices must stay low," said [[Henri Josserand|person Henri Josserand]], an official of the agency.
    Centre [[Jean-Philippe Grandval|person Jean-Philippe Grandval]] scored twice.
  `);
});

test('an unknown leader with a country adjective gets that country', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[Dutch Prime Minister|title]] [[Anna Vermeer|text:anna-vermeer]] arrived.
  `);
  assert.equal(byId(r, 'text:anna-vermeer').office, 'Prime Minister of the Netherlands');
  assert.equal(byId(r, 'text:anna-vermeer').country, 'NL');
});

test('people who speak or are named, with honorifics, ages and speech verbs', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    “We are ready,” said [[Maria Gonzalez|person Maria Gonzalez]], a spokeswoman for the port.
    [[Tobias Wren|person Tobias Wren]], 45, a dock worker, agreed. [[Mr.|title]] [[Wren|person Tobias Wren]] has worked there for years.
    [[Dr.|title]] [[Ilse Maartens|person Ilse Maartens]] told reporters the plan was sound, and [[Gonzalez|person Maria Gonzalez]] nodded.
  `);
});

test('a given name and a following surname make a person even without a cue', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    The report was written by [[Susan Okafor|person Susan Okafor]] for the committee.
  `);
});

// ---- Coreference -----------------------------------------------------------------------------------------------

test('descriptions attach to the only fitting person; ambiguous and plural ones to no one', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    [[Vladimir Putin|vladimir-putin]] and [[Donald Trump|donald-trump]] spoke. [[The president|none]] said it went well. [[The leaders|none]] agreed.
    [[The Kremlin chief|desc vladimir-putin]] later called [[the American leader|desc donald-trump]] again.
  `);
});

test('the pontiff, the chancellor and the prime minister attach by the reference date', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    [[Pope|title]] [[Leo XIV|leo-xiv]] received [[Friedrich Merz|friedrich-merz]] and [[Keir Starmer|keir-starmer]].
    [[The pontiff|desc leo-xiv]] spoke first; [[the chancellor|desc friedrich-merz]] replied, and [[the prime minister|desc keir-starmer]] left early.
  `);
});

test('a description with a country names the office holder on the date even when not named', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    Talks stalled after [[the French president|desc emmanuel-macron]] left.
  `);
});

test('"Mr" before a common surname names a leader only if one was in office about then', () => {
  check(`---\ndate: 2025-07-03\n---\nThe firm had a good year, [[Mr|title]] [[Smith|person Smith]] said.\nIn Seoul, [[Mr|title]] [[Lee|lee-jae-myung]] met the press.\n`);
});

test('two introduced people with one surname: a bare surname goes to the one named last', () => {
  check(`
    ---
    date: 2016-05-02
    ---
    [[Bill Clinton|bill-clinton]] campaigned for [[Hillary Clinton|hillary-clinton]]. Later [[Clinton|hillary-clinton]] spoke.
  `);
});

test('a person introduced in the article wins over a knowledge-base namesake', () => {
  check(`
    ---
    date: 2016-02-01
    ---
    [[Jeb Bush|person Jeb Bush]] said he would stay in the race. [[Bush|person Jeb Bush]] said polls were wrong.
  `);
});

test('a leader family name alone is the one of them in power on the date, and no one at other dates', () => {
  check(`
    ---
    date: 1996-12-06
    ---
    [[[[Clinton|!leader.first-reference]]|bill-clinton]] said on Tuesday that the budget would pass.
  `);
  check(`
    ---
    date: 2003-05-01
    ---
    [[[[Bush|!leader.first-reference]]|george-w-bush]] told reporters the war was over.
  `);
  check(`
    ---
    date: 2016-05-01
    ---
    [[Clinton|none]] said the race was not over.
  `);
});

test('an occupation before a knowledge-base name far from its holder\'s years in office names a namesake', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Shares fell, said [[analyst|title]] [[Jason Kenney|person Jason Kenney]] at the bank.
  `);
});

test('a knowledge-base name with other words inside is that person only around initials, given names or a patronymic', () => {
  check(`
    ---
    date: 2016-07-05
    ---
    The book by [[reporter|title]] [[David Cay Johnston|person David Cay Johnston]] sold well; [[Nursultan Abish-uly Nazarbayev|nursultan-nazarbayev]] was not in it.
  `);
});

test('an office the knowledge base does not check by title must be among the offices of a surname\'s holder', () => {
  check(`
    ---
    date: 2016-03-22
    ---
    They backed [[Governor|title]] [[Christie|text:christie]] and [[Governor|title]] [[Bush|text:bush]] before the primaries.
  `);
});

test('a surname used once names a leader only with the country named or a head in office; used twice, the topic', () => {
  check(`
    ---
    date: 2015-11-08
    ---
    The candidates spent the week in Iowa. [[Costa|none]] reported from Washington. Greetings came from [[[[Merkel|!leader.first-reference]]|angela-merkel]].
    [[Key|none]] Democratic lawmakers objected; a key vote failed.
  `);
  check(`
    ---
    date: 2015-11-08
    ---
    The new cabinet met on Monday. [[Key|none]] economic reforms have stalled.
  `);
  check(`
    ---
    date: 2015-11-08
    ---
    [[[[Trump|!leader.first-reference]]|donald-trump]] led the polls again. Rivals said [[Trump|donald-trump]] had peaked.
  `);
});

test('a surname alone names no one who takes office over half a year later, and an initialism needs the person named', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    A [[Harper|none]] poll this week put the party ahead. A Canadian firm, named [[IOG|none]], won the contract.
  `);
  check(`
    ---
    date: 2005-01-15
    ---
    [[President|title]] [[Ismail Omar Guelleh|ismail-omar-guelleh]] opened the port. [[IOG|ismail-omar-guelleh]] has ruled since 1999.
  `);
});

test('Chinese and Korean names put the family name first', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The customs chief, [[Xie Hongbo|person Xie Hongbo]], said exports rose. [[Mr|title]] [[Xie|person Xie Hongbo]] gave no figure; [[Hongbo|none]] was not named again.
    [[Envoy|title]] [[Kim Dae-won|person Kim Dae-won]] said little. [[Kim|person Kim Dae-won]] left on Friday.
    [[Lee Westwood|person Lee Westwood]] shot a 66. [[Westwood|person Lee Westwood]] said he was happy.
  `);
});

test('a surname of a telling shape makes a person without a known given name; a place of that shape does not', () => {
  check(`
    ---
    date: 1996-12-06
    ---
    The accord angered [[Ruslan Gantamirov|person Ruslan Gantamirov]] last month.
    [[Tomashevsky|person Tomashevsky]] said the ceasefire would hold. Delegates met in [[Geneva|none]], said an aide.
    Residents of Omaha, [[Nebraska|none]], said the storm had passed.
    The mayor attacked [[Xóchitl Gálvez|person Xóchitl Gálvez]]. [[Gálvez|person Xóchitl Gálvez]] said little. Ships crossed the [[Suez|none]] canal.
  `);
});

test('a surname that is a word (Law, Day, King, Press, Fox, Dear, Hall, Lake) ends a name after a given name, and follows Mr or Dr', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The film stars [[Jude Lawson|person Jude Lawson]] and [[Doris Daly|person Doris Daly]], with music by [[Carla King|person Carla King]].
    Critics praised [[Jude Law|person Jude Law]] and [[Doris Day|person Doris Day]]. [[Carla King|person Carla King]] said the press loved it.
    The nominees are [[Jude Law|person Jude Law]], [[Emma Stone|person Emma Stone]], Finding Neverland and [[Maria Press|person Maria Press]].
    [[Police chief|title]] [[Chris Fox|person Chris Fox]] spoke. [[Mr|title]] [[Fox|person Chris Fox]] said more. [[Editor|title]] [[Oliver Irish|person Oliver Irish]] came. [[Mr|title]] [[Irish|person Oliver Irish]] and [[Dr|title]] [[Law|person Jude Law]] agreed.
    It helps patients with MS. Final approval is near.
  `);
  check(`
    ---
    date: 2005-01-15
    ---
    "We are angry," said [[Ellen Dear|person Ellen Dear]], the union's leader. [[Spokesman|title]] [[Tom Lake|person Tom Lake]] told the agency it would appeal.
    Labour's [[Ruth Castle|person Ruth Castle]] and the [[director|title]] [[Mia Bay|person Mia Bay]] watched, with [[Ann Hall|person Ann Hall]] and [[Jo Court|person Jo Court]].
  `);
});

test('a party word before a given name does not hide the name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The vote was close, Democrat [[Ellen Tauscher|person Ellen Tauscher]] said, as did Liberal Democrat [[Sarah Teather|person Sarah Teather]].
    Earlier Conservative [[Graham Brady|person Graham Brady]] said no. The Labour Party met.
  `);
});

test('a knight or a dame goes by the given name, never by a surname of that spelling', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Sir|title]] [[Alex Ferguson|person Alex Ferguson]] praised the team, and [[Dame|title]] [[Kelly Holmes|person Kelly Holmes]] watched.
    [[Sir|title]] [[Alex|person Alex Ferguson]] said the title race was open. [[Dame|title]] [[Kelly|person Kelly Holmes]] agreed.
    [[Sir|title]] [[Howard|person Howard]] said the report was clear.
  `);
});

test('analysts at a firm, and a name ending in Brothers, Sons, Networks or Hills, name an organisation or a place', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Analysts at [[Goldman Sachs|none]] said the plan was bold. [[Warner Brothers|none]] said the film would open in June.
    The premiere was held in [[Beverly Hills|none]], said [[Redwood Networks|none]], which streamed it.
  `);
});

test('an unlisted given name opens a name at the start of a sentence before an apposition or a speech verb', () => {
  check(`
    ---
    date: 2024-03-14
    ---
    The hearing ended. [[Badar Khan|person Badar Khan]], a lawyer in Karachi, said the case would go on.
    Meanwhile [[Khan|person Badar Khan]] said nothing. Poor [[Khan|person Badar Khan]], a lawyer, said the pay was poor.
  `);
});

test('a given name that is also a leader surname opens a name, but not after an article or a quotation mark', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Hamid Rahimi|person Hamid Rahimi]] met reporters in Kabul on Monday.
    They watched The [[Blair Witch|none]] Project again, and the so-called "[[Blair Babes|none]]" were at the party.
  `);
});

test('particles: "al-" continues a name, as do two particles ("van der"); "Van X" and "Bin X" alone are the person introduced in full', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Cleric [[Khalid al-Hashimi|person Khalid al-Hashimi]] said the talks would resume. [[Al-Hashimi|person Khalid al-Hashimi]] left; [[Hashimi|person Khalid al-Hashimi]] said no more.
    [[Dutch striker|title]] [[Joost van Leeuwarden|person Joost van Leeuwarden]] scored twice. [[Van Leeuwarden|person Joost van Leeuwarden]]'s second came late.
    [[Chief executive|title]] [[Pieter van der Wal|person Pieter van der Wal]] and [[actor|title]] [[Tomás de la Fuente|person Tomás de la Fuente]] attended.
  `);
});

test('Korean names: a family name and a hyphenated given name, in prose and in a team list', () => {
  check(`
    ---
    date: 1996-12-07
    ---
    [[Korea coach|title]] [[Park Dong-hwan|person Park Dong-hwan]] said the side was nervous. [[Striker|title]] [[Hwang Min-seok|person Hwang Min-seok]] scored.
    Teams :
    South Korea - [[Kim Tae-jin|person Kim Tae-jin]] , [[Hong Jae-bo|person Hong Jae-bo]] , [[Choi Young-su|person Choi Young-su]] , [[Hwang Min-seok|person Hwang Min-seok]]
    They met near [[Park|none]] Lane.
  `);
});

test('a name in a list of people is a person; a possessive ends the list', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Guests included [[Martin Hollis|person Martin Hollis]], [[Tova Brandt|person Tova Brandt]], [[Keanu Rivas|person Keanu Rivas]] and [[Jane Ormond|person Jane Ormond]].
    Targets include [[David Lomax|person David Lomax]], [[Peter Quill|person Peter Quill]] and [[Theresa Maye|person Theresa Maye]], [[Lib Dem|none]]'s elections chief said.
    Shares in Goldman Sachs, Morgan Stanley and Merrill Lynch fell.
  `);
});

test('a line-up of surnames: unknown ones among known people are people too, and a leader surname there is no leader', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Dean Holloway|person Dean Holloway]], [[Mark Tennant|person Mark Tennant]] and [[Ryan Bellamy|person Ryan Bellamy]] started.
    Rovers: [[Holloway|person Dean Holloway]], [[Tennant|person Mark Tennant]], [[Quarshie|person Quarshie]], [[Bellamy|person Ryan Bellamy]], [[Okoro|person Okoro]], [[Rasmussen|person Rasmussen]].
    Shares in Vodafone, Tesco, Unilever and Diageo rose.
  `);
});

test('a team listed by positions on a line of its own, groups between semicolons, needs no known name', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Harriers: [[Vance|person Vance]]; [[Okafor|person Okafor]], [[Brindle|person Brindle]], [[Quayle|person Quayle]] (capt), [[Mottram|person Mottram]]; [[Pell|person Pell]], [[Ashdown|person Ashdown]]; [[Kerrigan|person Kerrigan]], [[Lusk|person Lusk]].
    Tours: Paris; Lyon, Lille, Nantes; Rennes, Brest.
    Offices in Leeds; York, Hull; Derby, Bath and Wells; Ely, Ripon were shut.
  `);
});

test('a capitalised particle opens a surname: a scorer, the person named in full, someone with a speech verb', () => {
  check(`
    ---
    date: 2016-08-03
    ---
    Results: Lazio 2 ([[Del Rosso|person Del Rosso]] 15, [[Conti|person Conti]] 60) Parma 1 ([[Van Dalen|person Van Dalen]] 80)
    [[Far-right leader|title]] [[Mireille Le Garrec|person Mireille Le Garrec]] spoke. [[Le Garrec|person Mireille Le Garrec]] said she would run.
    [[De Vasconcelos|person De Vasconcelos]] said no. [[Le Monde|none]] reported it; [[El Diario|none]] said so too.
  `);
});

test('an initial opening a line starts a name ("N. Hussain" in a scorecard)', () => {
  check(`
    ---
    date: 1996-08-22
    ---
    England first innings
    [[N. Hussain|person N. Hussain]] c [[Saeed Anwar|person Saeed Anwar]] b [[Waqar Younis|person Waqar Younis]] 12
    S. Africa won the toss.
  `);
});

test('"Prime Minister" fits a head of government titled otherwise at home (Taoiseach)', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Irish Prime Minister|title]] [[Bertie Ahern|bertie-ahern]] met [[Taoiseach|title]] [[Ahern|bertie-ahern]]'s cabinet.
  `);
});

test('an honorific before a surname names a leader only within a few years of office', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The channel is the natural home of the show, [[Mr|title]] [[Keating|person Keating]] said.
  `);
  check(`
    ---
    date: 1997-01-15
    ---
    Trade was growing, [[Mr|title]] [[Keating|paul-keating]] said.
  `);
});

// ---- Checks -----------------------------------------------------------------------------------------------------

test('leader.title-at-date: an expired title warns and names the holder then; "former" is right', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[President Joe Biden|!leader.title-at-date]] spoke. [[former President|title]] [[Barack Obama|barack-obama]] listened.
  `.replace('[[President Joe Biden|!leader.title-at-date]]', '[[[[President|title]] [[Joe Biden|joe-biden]]|!leader.title-at-date]]'));
  const f = finding(r, 'leader.title-at-date');
  assert.match(f.message, /until 2025-01-20/);
  assert.match(f.message, /Donald Trump/);
  assert.deepEqual(f.fixes?.[0].edits.map((e) => e.newText), ['former ']);
});

test('leader.title-at-date: no warning for a title used of its own time or of a hypothetical', () => {
  check(`
    ---
    date: 2016-05-02
    ---
    She was an aide to [[President|title]] [[George W. Bush|george-w-bush]]. In 2003, [[President|title]] [[Bush|george-w-bush]] spoke.
    The prospect of a [[President|title]] [[Trump|donald-trump]] worried them.
  `);
  // A year in the sentence before one that the title opens.
  check(`
    ---
    date: 2016-08-02
    ---
    The adviser's fortunes fell in Kyiv in the winter of 2014.

    [[President|title]] [[Viktor Yanukovych|viktor-yanukovych]], whom he had advised, fled to Russia.
  `);
  check(`
    ---
    date: 2016-08-02
    ---
    The adviser's fortunes fell in Kyiv in the winter of 2014.

    [[[[President|title]] [[Viktor Yanukovych|viktor-yanukovych]]|!leader.title-at-date]] says he will return.
  `);
});

test('leader.title-at-date: a title lost over ten years before speaks of its time, unless the sentence is about today', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The film recalls the night of the attempt on [[President|title]] [[Ronald Reagan|ronald-reagan]] outside a hotel.
  `);
  check(`
    ---
    date: 2005-01-15
    ---
    [[[[President|title]] [[Ronald Reagan|ronald-reagan]]|!leader.title-at-date]] says the tapes are his.
  `);
});

test('leader.title-at-date: a possession or a past act of a former holder is of its time, unless the sentence is about today', () => {
  check(`
    ---
    date: 2015-11-10
    ---
    He would not continue [[President|title]] [[George W. Bush|george-w-bush]]'s policy. Voters who criticized [[President|title]] [[George W. Bush|george-w-bush]] cheered.
    Critics say [[President|title]] [[George W. Bush|george-w-bush]] misled the country about the war.
  `);
  check(`
    ---
    date: 2015-11-10
    ---
    [[[[President|title]] [[George W. Bush|george-w-bush]]|!leader.title-at-date]]'s library opens today.
  `);
});

test('leader.title-at-date: "the late King" is one whose reign ended; a title before "was" is of its time', () => {
  check(`
    ---
    date: 2016-01-28
    ---
    The prince is the nephew of the [[late King|title]] [[Abdullah|abdullah-bin-abdulaziz-al-saud]].
    [[Prime Minister|title]] [[Koizumi|junichiro-koizumi]] was the first to call us.
  `);
});

test('leader.title-at-date: after the knowledge base date, the holder is named as of that date', () => {
  const r = check(`
    ---
    date: 2026-12-01
    ---
    [[[[President|title]] [[[[Joe Biden|joe-biden]]|!leader.knowledge-date]]|!leader.title-at-date]] spoke.
  `);
  assert.match(finding(r, 'leader.title-at-date').message, /On 2025-07-31, the knowledge base's date, the President of the United States was Donald Trump\./);
});

test('leader.knowledge-date: a story more than half a year after the knowledge base gets one hint, at its first leader from the base', () => {
  check(`
    ---
    date: 2026-01-15
    ---
    [[Emmanuel Macron|emmanuel-macron]] met [[Friedrich Merz|friedrich-merz]].
  `);
  check(`
    ---
    date: 2026-03-02
    ---
    [[Mayor|title]] [[Ana Lutz|text:ana-lutz]] met [[[[Emmanuel Macron|emmanuel-macron]]|!leader.knowledge-date]], then [[Friedrich Merz|friedrich-merz]].
  `);
});

test('leader.title-at-date: after the knowledge base date, a title it does not record and "former" for an open term are not judged', () => {
  const r = check(`
    ---
    date: 2026-11-20
    ---
    [[French Prime Minister|title]] [[[[Sébastien Lecornu|sebastien-lecornu]]|!leader.knowledge-date]] spoke, and [[former Prime Minister|title]] [[Shigeru Ishiba|shigeru-ishiba]] listened.
  `);
  assert.match(finding(r, 'leader.knowledge-date').message, /^The knowledge base's offices end on 2025-07-31, 16 months before this story \(2026-11-20\)/);
  // The office is then the article's, and says so.
  const lecornu = byId(r, 'sebastien-lecornu');
  assert.deepEqual([lecornu.office, lecornu.country, lecornu.term], ['Prime Minister of France', 'FR', null]);
  assert.match(lecornu.officeNote ?? '', /^from the article's own words; the knowledge base, as of 2025-07-31, has Minister of the Armed Forces of France since 2022-05-20$/);
  assert.equal(byId(r, 'shigeru-ishiba').office, 'former Prime Minister of Japan');
  assert.match(byId(r, 'shigeru-ishiba').officeNote ?? '', /^the article's “former”; the knowledge base, as of 2025-07-31, has the term open since 2024-10-01$/);
  const before = check(`
    ---
    date: 2025-07-03
    ---
    [[[[French Prime Minister|title]] [[Sébastien Lecornu|sebastien-lecornu]]|!leader.title-at-date]] spoke, and [[[[former Prime Minister|title]] [[Shigeru Ishiba|shigeru-ishiba]]|!leader.title-at-date]] listened.
  `);
  assert.equal(byId(before, 'sebastien-lecornu').office, 'Minister of the Armed Forces of France');
  assert.equal(byId(before, 'sebastien-lecornu').officeNote, undefined);
});

test('leader.title-at-date: "former" for someone still in office', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[[[former President|title]] [[Emmanuel Macron|emmanuel-macron]]|!leader.title-at-date]] spoke.
  `);
  assert.match(finding(r, 'leader.title-at-date').message, /still President of the French Republic/);
});

const yearOnlyKb: KnowledgeBase = {
  status: '2025-07-31',
  countries: [{ code: 'XL', name: 'Exampleland', names: ['Exampleland'], adjectives: ['Examplish'], kind: 'country' }],
  people: [
    { id: 'ana-exempla', name: 'Ana Exempla', surname: 'Exempla', aliases: [], terms: [{ office: 'President of Exampleland', title: 'President', role: 'head_of_state', country: 'XL', start: '2019', end: '2023' }] },
    { id: 'bo-sample', name: 'Bo Sample', surname: 'Sample', aliases: [], terms: [{ office: 'President of Exampleland', title: 'President', role: 'head_of_state', country: 'XL', start: '2023', end: null }] },
  ],
};

test('leader.title-at-date: year-only terms give no warning in their boundary year', () => {
  check(`
    ---
    date: 2023-06-01
    ---
    [[President|title]] [[Ana Exempla|ana-exempla]] met [[President|title]] [[Bo Sample|bo-sample]].
  `, { kb: yearOnlyKb });
  check(`
    ---
    date: 2024-06-01
    ---
    [[[[President|title]] [[Ana Exempla|ana-exempla]]|!leader.title-at-date]] met [[President|title]] [[Bo Sample|bo-sample]].
  `, { kb: yearOnlyKb });
});

test('leader.wrong-country: a country adjective that the person never served', () => {
  const r = check(`
    ---
    date: 2024-06-01
    ---
    [[[[French President|title]] [[Olaf Scholz|olaf-scholz]]|!leader.wrong-country]] arrived.
  `);
  assert.match(finding(r, 'leader.wrong-country').message, /Chancellor of Germany/);
  assert.match(finding(r, 'leader.wrong-country').message, /Emmanuel Macron/);
});

test('a surname that names a government, an era or a campaign needs no introduction', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Critics said the [[Blair|tony-blair]] government had failed, and the [[Putin|vladimir-putin]] era went on.
  `);
  check(`
    ---
    date: 1991-02-25
    ---
    "I think the [[Gorbachev|mikhail-gorbachev]] plan was a good one," he said. Rabbis vowed to boycott a [[Kohl|helmut-kohl]] speech.
  `);
});

test('a surname inside a quotation is the speaker\'s wording, not a first reference', () => {
  const text = '---\ndate: 2015-06-01\n---\n“Nobody is more qualified than Merkel,” the minister said.\n';
  const analysis = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text);
  assert.deepEqual(analysis.findings.filter((f) => f.code === 'leader.first-reference'), []);
  assert.equal(analysis.leaders[0]?.id, 'angela-merkel');
});

test('a headline (and its deck) opening copy without front matter is no first reference', () => {
  check(`
    Dollar gains on [[Greenspan|alan-greenspan]] speech

    The dollar rose after [[Fed chairman|title]] [[Alan Greenspan|alan-greenspan]] spoke. [[Greenspan|alan-greenspan]] was upbeat.
  `);
  // A headline over a deck line, then a blank line.
  check(`
    Markets cheer [[Greenspan|alan-greenspan]] remarks;
    Bond yields fall as traders read the signals

    The dollar rose after [[Fed chairman|title]] [[Alan Greenspan|alan-greenspan]] spoke.
  `);
  // A short opening line that ends with a full stop is a headline too; the first reference is then in the body.
  check(`
    ---
    date: 2015-06-01
    ---
    [[Merkel|angela-merkel]] hails the deal with Paris.

    [[Chancellor|title]] [[Angela Merkel|angela-merkel]] said on Monday that the deal would hold.
  `);
  check(`
    ---
    date: 2015-06-01
    ---
    [[Merkel|angela-merkel]] hails the deal with Paris.

    [[[[Merkel|!leader.first-reference]]|angela-merkel]] said on Monday that the deal would hold.
  `);
  // Short paragraphs under a headline are its decks; a full name there introduces the person.
  check(`
    ---
    date: 2015-06-01
    ---
    Europe agrees rescue at the last minute.

    Doubters won over by [[Merkel|angela-merkel]] in a long night of talks.

    [[Chancellor|title]] [[Angela Merkel|angela-merkel]] said on Monday that the deal, reached after eleven hours of talks in Brussels, would hold.
  `);
  check(`
    ---
    date: 2015-06-01
    ---
    Europe agrees rescue at the last minute.

    [[Angela Merkel|angela-merkel]] wins over doubters in a long night of talks.

    [[Merkel|angela-merkel]] said on Monday that the deal, reached after eleven hours of talks in Brussels, would hold.
  `);
  // A long headline in title case, a surname in the deck under a headline, and an all-capital label line.
  check(`
    ---
    date: 2015-06-01
    ---
    BUSTED: Emails Reveal [[Merkel|angela-merkel]] Aide And Reporter Caught Conspiring To Do THIS At The Hearing

    [[Chancellor|title]] [[Angela Merkel|angela-merkel]] said on Monday that the deal would hold.
  `);
  check(`
    ---
    date: 2015-06-01
    ---
    Europe agrees rescue at the last minute;
    Doubters won over by [[Merkel|angela-merkel]] in a long night of talks.

    ANALYSIS.

    [[Chancellor|title]] [[Angela Merkel|angela-merkel]] said on Monday that the deal would hold.
  `);
});

test('a party or body before a lower-case title is part of it, but not a sentence\'s opening adverb', () => {
  check(`
    [[Labour leader Sir|title]] [[Keir Starmer|keir-starmer]] spoke. Meanwhile [[Lib Dem leader|title]] [[Ann Tolley|person Ann Tolley]] left.
    It was backed by [[New York attorney general|title]] [[Eliot Spire|person Eliot Spire]] and the [[Daily Telegraph journalist|title]] [[Jane Moss|person Jane Moss]].
  `);
});

test('a title-case headline reads capitals as saying nothing in the headline only', () => {
  check(`
    ---
    title: Director Prefers Vanity Fair To Other Novels
    date: 2005-01-15
    ---
    [[Film director|title]] [[Mira Nair|person Mira Nair]] said she was thrilled. [[Nair|person Mira Nair]] began filming.
  `);
});

test('in a title-case headline a verb after a given name and its next word ends the name; a particle takes one more', () => {
  check(`
    ---
    title: Zoe Questioned Over Her Finances As Sarah [[Harlan|person Sarah Harlan]] Is Named
    date: 2016-03-01
    ---
    [[Zoe Marsh|person Zoe Marsh]] was asked about money. [[Sarah Harlan|person Sarah Harlan]] said she is pleased.
  `);
  const r = check(`
    ---
    title: Zoe Questioned Over Her Finances
    date: 2016-03-01
    ---
    [[Zoe Marsh|person Zoe Marsh]] was asked about money.
  `);
  assert.ok(!r.people.some((p) => /Questioned/.test(p.name)));
  const t = check(`
    ---
    title: [[Anna Le Brun|person Anna Le Brun]] Backs The Plan And Denounces Rivals
    date: 2016-03-01
    ---
    The party met on Monday.
  `);
  assert.deepEqual(t.people.map((p) => p.name), ['Anna Le Brun']);
});

test('a description that goes on with a list is the next item, not an appositive', () => {
  check(`
    ---
    date: 2024-06-01
    ---
    The letter went to leaders including [[Olaf Scholz|olaf-scholz]], [[the King|desc philippe-of-belgium]] of Belgium as well as the Pope.
  `);
});

test('leader.spelling-variant: the first spelling wins, with a fix to each spelling', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[Volodymyr Zelensky|volodymyr-zelenskyy]] spoke. Later [[[[Zelenskyy|!leader.spelling-variant]]|volodymyr-zelenskyy]] left, and [[Zelensky|volodymyr-zelenskyy]] returned.
  `);
  const f = finding(r, 'leader.spelling-variant');
  assert.equal(f.fixes?.[0].preferred, true);
  assert.deepEqual(f.fixes?.[0].edits.map((e) => [r.text.slice(e.start, e.end), e.newText]), [['Zelenskyy', 'Zelensky']]);
  assert.deepEqual(f.fixes?.[1].edits.map((e) => [r.text.slice(e.start, e.end), e.newText]), [['Zelensky', 'Zelenskyy'], ['Zelensky', 'Zelenskyy']]);
});

test('leader.spelling-variant: house style chooses the spelling; diacritics count as spelling', () => {
  check(`
    ---
    date: 2025-07-03
    ---
    [[[[[[Zelensky|!leader.spelling-variant]]|!leader.first-reference]]|volodymyr-zelenskyy]] and [[Zelenskyy|volodymyr-zelenskyy]] met [[[[Erdoğan|!leader.first-reference]]|recep-tayyip-erdogan]] and [[[[Erdogan|!leader.spelling-variant]]|recep-tayyip-erdogan]].
  `, { houseSpellings: { Zelensky: 'Zelenskyy' } });
});

test('leader.first-reference: a hint when the first mention in the body is the surname only', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[[[Macron|!leader.first-reference]]|emmanuel-macron]] said on Monday that [[Emmanuel Macron|emmanuel-macron]] would travel.
  `);
  assert.deepEqual(finding(r, 'leader.first-reference').fixes?.[0].edits[0].newText, 'Emmanuel Macron');
});

test('leader.first-reference: no hint where the surname modifies a noun, also at the head of a coordination', () => {
  check(`
    ---
    date: 2016-03-04
    ---
    Aides served in both the [[Obama|barack-obama]] and Carter administrations, and others in the [[Obama|barack-obama]] cabinet.
  `);
  check(`
    ---
    date: 2016-03-04
    ---
    Senators may block an [[Obama|barack-obama]] nominee, and [[Obama|barack-obama]] knows it.
  `);
  // After a determiner or in a compound: "the Trump name", "a former Obama aide", "an anti-Trump group".
  check(`
    ---
    title: [[Trump|donald-trump]] and [[Merkel|angela-merkel]] meet
    date: 2016-03-04
    ---
    Despite the [[Trump|donald-trump]] name on the door, a former [[Obama|barack-obama]] aide runs an anti-Angela [[Merkel|angela-merkel]] group.
  `);
  // "that" is a conjunction as often as a determiner.
  check(`
    ---
    date: 2016-03-04
    ---
    Critics argue that [[[[Merkel|!leader.first-reference]]|angela-merkel]] waited too long.
  `);
});

test('leader.first-reference: a surname in a subhead is no first reference, a full name in a short paragraph is one', () => {
  check(`
    ---
    date: 2016-02-09
    ---
    Here is what each candidate needs on Tuesday.

    [[Merkel|angela-merkel]]: Hold the line.

    [[Chancellor|title]] [[Angela Merkel|angela-merkel]] said on Monday that the deal would hold.

    Now, he works for [[Angela Merkel|angela-merkel]].

    On Thursday, [[Merkel|angela-merkel]] called him.
  `);
  // One paragraph per line, as news copy often is.
  check(`
    ---
    date: 2016-02-09
    ---
    Here is what each candidate needs on Tuesday.
    [[Merkel|angela-merkel]]: Hold the line.
    [[Chancellor|title]] [[Angela Merkel|angela-merkel]] said on Monday that the deal would hold.
  `);
  check(`
    ---
    date: 2016-01-12
    ---
    Morning note: [[Obama|barack-obama]] and the budget.

    TOP STORIES.

    [[OBAMA|barack-obama]]’S BIG NIGHT “[[President|title]] [[Barack Obama|barack-obama]] will speak tonight,” aides said.
  `);
});

test('leader.annotation: at the first body mention, with office, country, count and knowledge date', () => {
  const r = check(`
    ---
    title: [[Starmer|keir-starmer]] visits Kyiv
    date: 2025-07-03
    ---
    [[Prime Minister|title]] [[[[Keir Starmer|!leader.annotation]]|keir-starmer]] arrived.
  `);
  const f = finding(r, 'leader.annotation');
  assert.match(f.message, /^Keir Starmer: Prime Minister of the United Kingdom \(2024-07-05–present\), United Kingdom\. 2 name mentions in this article\. Knowledge as of 2025-07-31\.$/);
  assert.equal(byId(r, 'keir-starmer').mentions[0].text, 'Starmer');
});

test('office on the date, or the latest before it', () => {
  const r = check(`
    ---
    date: 2025-07-03
    ---
    [[Boris Johnson|boris-johnson]] wrote a column.
  `);
  assert.equal(byId(r, 'boris-johnson').office, 'Prime Minister of the United Kingdom');
  assert.equal(byId(r, 'boris-johnson').term?.end, '2022-09-06');
});

test('no reference date: the knowledge base status date is used and the core does not throw', () => {
  const r = check(`
    [[President|title]] [[Donald Trump|donald-trump]] spoke.
  `);
  assert.equal(byId(r, 'donald-trump').term?.start, '2025-01-20');
});

test('linear in the text: a long article is fast', () => {
  const paragraph = 'Russian President Vladimir Putin told Jane Smith, 45, that the Kremlin chief and the US president would meet. ';
  const text = '---\ndate: 2025-07-03\n---\n' + paragraph.repeat(2000);
  const index = indexFor();
  const t0 = performance.now();
  const r = findLeaders(parseArticle(text), index, { houseSpellings: {} });
  const ms = performance.now() - t0;
  assert.equal(byId(r, 'vladimir-putin').mentions.filter((m) => m.kind === 'name').length, 2000);
  assert.ok(ms < 5000, `took ${ms} ms`);
});

test('people: a name accepted once is a person everywhere, a given name alone attaches, no shows or clubs', () => {
  check(`
    ---
    date: 2016-03-09
    ---
    [[Carly Fiorina|person Carly Fiorina]] endorsed the senator. [[Carly Fiorina|person Carly Fiorina]], a former chief executive, said she was sure.
    Later [[Fiorina|person Carly Fiorina]] said she would campaign. A guest on [[the Sean Hannity Show|none]] agreed.
    [[Principal|title]] [[Dawn Hochsprung|person Dawn Hochsprung]] was praised. Chelsea said the match was over.
  `);
});

describe('titles of offices the knowledge base does not record', () => {
  it('gives no warning for a title the person may have held in an unrecorded office', () => {
    const text = '---\ndate: 2005-01-15\n---\nChancellor Gordon Brown presented the budget.\n';
    const findings = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text).findings;
    assert.deepEqual(findings.filter((f) => f.code === 'leader.title-at-date'), []);
  });

  it('still warns when the base knows the person held another office on that date', () => {
    const text = '---\ndate: 2009-01-15\n---\nPresident Gordon Brown presented the plan.\n';
    const findings = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text).findings;
    assert.equal(findings.filter((f) => f.code === 'leader.title-at-date').length, 1);
  });
});

describe('leaders internals kept exact by the speed work', () => {
  it('slug folds ASCII names as the regular expressions did', async () => {
    const { slug } = await import('../../server/src/analysis/leaders/recognise');
    const byRegex = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    for (const s of ['Jean-Claude Juncker', '  --Jean  Juncker!! ', '-', '', 'O’Brien', "O'Brien", 'Leo XIV', 'G7 summit', '--', 'a', 'Z9-', '[x]'])
      assert.equal(slug(s), s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), s);
    assert.equal(slug('Mr. Smith'), byRegex('Mr. Smith'));
  });

  it('fold reads one mark as the full fold did', async () => {
    const { fold } = await import('../../server/src/analysis/leaders/text');
    const full = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'");
    for (const s of ['’', '‘', '`', '´', '“', '”', '«', '—', '€', '7', ',', 'É', 'ł', 'ß', 'A', '\u0301'])
      assert.equal(fold(s), full(s).replace(/ß/g, 'ss').replace(/ł/g, 'l'), JSON.stringify(s));
  });

  it('readWords marks adjacency, line breaks and indexes as the words are read', async () => {
    const { readWords } = await import('../../server/src/analysis/leaders/text');
    const text = '---\ntitle: Putin  meets Xi\n---\nPutin met\nXi Jinping,  then   left.';
    const words = readWords(parseArticle(text));
    assert.deepEqual(words.map((w) => w.i), words.map((_, k) => k));
    const at = (t: string, n = 0) => words.filter((w) => w.text === t)[n];
    assert.equal(at('Putin').adj, true); // two spaces
    assert.equal(at('Xi').adj, false); // last headline word: the body is another segment
    assert.equal(at('Putin', 1).nl, true);
    assert.equal(at('met').adj, false); // line break
    assert.equal(at('Xi', 1).nl, true);
    assert.equal(at('Jinping').adj, false); // comma
    assert.equal(at(',').adj, true);
    assert.equal(at('then').adj, false); // three spaces
    assert.equal(words[words.length - 1].adj, false);
  });
});

// ---- Leaders of 1985-2000 (the knowledge base goes back to about 1985) --------------------------------------------

test('a 1996 article: Kohl and Major by full name, then by surname alone', () => {
  const r = check(`
    ---
    date: 1996-12-06
    ---
    BONN: [[Chancellor|title]] [[Helmut Kohl|helmut-kohl]] met [[Prime Minister|title]] [[John Major|john-major]] on Friday to discuss the single currency.
    [[Kohl|helmut-kohl]] said the timetable would hold. [[Major|john-major]] said Britain would decide later.
  `);
  assert.equal(byId(r, 'helmut-kohl').office, 'Federal Chancellor of Germany');
  assert.equal(byId(r, 'john-major').office, 'Prime Minister of the United Kingdom');
});

test('"President Bush" is George H. W. Bush in 1991 and George W. Bush in 2003', () => {
  check(`
    ---
    date: 1991-01-17
    ---
    WASHINGTON: Congress had backed [[George Bush|george-h-w-bush]] on Saturday.
    [[President|title]] [[Bush|george-h-w-bush]] said the allied air campaign against Iraq was going well.
  `);
  check(`
    ---
    date: 2003-03-20
    ---
    WASHINGTON: [[President|title]] [[Bush|george-w-bush]] said the war against Iraq had begun.
    Congress had backed [[George Bush|george-w-bush]] in October.
  `);
});

test('Soviet offices belong to the Soviet Union; news spellings of Balkan leaders', () => {
  const r = check(`
    ---
    date: 1990-06-01
    ---
    WASHINGTON: [[Soviet President|title]] [[Mikhail Gorbachev|mikhail-gorbachev]] arrived for a summit. [[Gorbachev|mikhail-gorbachev]] said little.
  `);
  assert.equal(byId(r, 'mikhail-gorbachev').country, 'SU');
  check(`
    ---
    date: 1995-11-21
    ---
    DAYTON: [[Serbian President|title]] [[Slobodan Milosevic|slobodan-milosevic]], [[Croatian President|title]] [[Franjo Tudjman|franjo-tudman]] and [[Bosnian President|title]] [[Alija Izetbegovic|alija-izetbegovic]] initialled the agreement. [[Milosevic|slobodan-milosevic]] called it a victory for peace.
  `);
});

test('a description says why it refers to its person: an apposition, the one named who fits, the only holder', () => {
  const text = [
    '---\ndate: 2025-07-03\n---',
    'Friedrich Merz, the German chancellor, met Emmanuel Macron in Paris. Later the French president spoke.',
    'In Rome, the Italian prime minister stayed away.',
  ].join('\n');
  const { leaders } = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text);
  const evidence = leaders.flatMap((l) => l.mentions.filter((m) => m.kind === 'description').map((m) => [m.text, l.name, m.evidence]));
  assert.deepEqual(evidence.sort(), [
    ['the French president', 'Emmanuel Macron', 'the one person named in this article who fits it on 2025-07-03'],
    ['the German chancellor', 'Friedrich Merz', 'set off by commas right after the name'],
    ['the Italian prime minister', 'Giorgia Meloni', 'no one named in this article fits it, and the knowledge base has one holder of that office on 2025-07-03'],
  ]);
  const later = createLanguageService({ knowledge: bundledKnowledge() }).analyze('---\ndate: 2026-11-20\n---\nIn Rome, the Italian prime minister stayed away.\n');
  assert.deepEqual(later.leaders.flatMap((l) => l.mentions.map((m) => m.evidence)), [
    'no one named in this article fits it, and the knowledge base has one holder of that office on 2025-07-31, its own date; it cannot tell who held it on 2026-11-20',
  ]);
});

test('a surname that the article never gives in full says why it is the knowledge-base person', () => {
  const text = '---\ndate: 2025-07-03\n---\nTalks in Moscow went on. President Putin said little.\n';
  const { leaders } = createLanguageService({ knowledge: bundledKnowledge() }).analyze(text);
  assert.deepEqual(leaders.map((l) => [l.name, l.mentions.map((m) => m.evidence)]), [
    ['Vladimir Putin', ['the article never names Vladimir Putin in full; “President” and the name fit Vladimir Putin on 2025-07-03 in the knowledge base']],
  ]);
});

test('a knowledge-base name with al- or el- is also found written with a space ("Al Sisi")', () => {
  check(`
    ---
    date: 2016-05-01
    ---
    The talks were hosted by [[Al Sisi|abdel-fattah-el-sisi]] in Cairo, and [[Sisi|abdel-fattah-el-sisi]] spoke first.
  `);
});

test('a name opening a sentence with an apposition of a possessor and a role is a person ("Tad Devine, Sanders\'s chief strategist,")', () => {
  check(`
    ---
    date: 2016-05-05
    ---
    The race goes on. [[Quill Voss|person Quill Voss]], Harmon's chief strategist, said it was open.
  `);
});

test('a middle initial the knowledge base does not write stays inside the name ("Vladimir V. Putin")', () => {
  check(`
    ---
    date: 2016-09-07
    ---
    The envoy met [[President|title]] [[Vladimir V. Putin|vladimir-putin]] of Russia. [[Emmanuel J. Macron|emmanuel-macron]] was not there.
  `);
});

test('a knowledge-base name with an umlaut is also found spelled out the German way ("Schroeder", "Koehler")', () => {
  check(`
    ---
    date: 2005-01-10
    ---
    [[Chancellor|title]] [[Gerhard Schroeder|gerhard-schroder]] opened the fair with [[President|title]] [[Horst Koehler|horst-kohler]]. [[Mr|title]] [[Schroeder|gerhard-schroder]] spoke first.
  `);
});

test('an apposition "the chairman of Spain\'s biggest bank" gives no office: the country\'s possessive names what the title heads', () => {
  check(`
    ---
    date: 2005-01-10
    ---
    The case against [[Ramon Ortuvia|person Ramon Ortuvia]], the chairman of Spain's biggest bank, opened in Madrid. [[Mr|title]] [[Ortuvia|person Ramon Ortuvia]] denied it.
    The talks were led by [[Piet Hoogland|text:piet-hoogland]], [[the prime minister|desc text:piet-hoogland]] of the Netherlands.
  `);
});

test('a name with nothing of a person that ends in a word for a place or in a plural of a word the article uses is no one, even with a cue', () => {
  check(`
    ---
    date: 2016-04-17
    ---
    In Ohio's 4th Congressional District, carried by a wide margin, the district vote was close.
    He chaired the Council of Economic Advisers, who met daily; one economic adviser quit.
    His father began building Marlow Village, an enormous development on the coast, and the village grew.
    The post came from [[Zorvan Wells|person Zorvan Wells]], who wrote that all was well.
  `);
});

test('a word for an organisation opening a sentence is no name, and the name after it is the organisation ("Miner Highland Gold said")', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    The sale was delayed. Miner Corrow Gold said it regretted the delay. Carmaker Vastra Motors said it would wait.
  `);
});

test('a given name alone after a capitalised word and "of" ends the name of a thing ("the Star of David", "the Museum of Art")', () => {
  check(`
    ---
    date: 2016-07-03
    ---
    [[David Orrell|person David Orrell]] posted an image of a Star of David badge. "A Star of David, a pile of cash," a critic wrote.
    It hung in the Lakeside Museum of Art, near the Hall of Science. [[David|person David Orrell]] said nothing.
  `);
});

test('an apposition of a company office joined to another job or to a department, with no country, is no leader ("X, president and chief executive")', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Sales rose, said [[Jim Pressman|person Jim Pressman]], vice president and chief operating officer of the carmaker.
    [[Mike Nashton|person Mike Nashton]], vice president in charge of security, agreed.
    The bid was backed by [[Piet Hoogland|text:piet-hoogland]], [[the Dutch prime minister|desc text:piet-hoogland]] and party leader.
  `);
});

test('an initialism opening a sentence before "President" or "Chairman" names an organisation, and a party committee\'s chairman stays a leader', () => {
  check(`
    ---
    date: 2015-12-03
    ---
    The debate went on. WXN [[President|title]] [[Jeff Zolder|person Jeff Zolder]] said the network would not pay.
    Later, RNC [[Chairman|title]] [[Rance Pribble|text:rance-pribble]] said the rules stood. When [[President|title]] [[Obama|barack-obama]] spoke, it changed.
  `);
});

test('after "former", an organisation named inside the title makes its president a person ("former Cato Institute president")', () => {
  check(`
    ---
    date: 2016-08-28
    ---
    The ad was paid for by [[former Halden Institute president|title]] [[Ed Crannock|person Ed Crannock]].
    He met [[former Virginia governor|title]] [[Tom Kessel|text:tom-kessel]] and [[former Democratic Party chairman|title]] [[Jo Brandt|text:jo-brandt]].
  `);
});

test('"General Counsel", "Solicitor General" are titles without a rank, and a general counsel long after a namesake\'s office is someone else, found again by the surname', () => {
  check(`
    ---
    date: 2016-07-13
    ---
    The bureau's [[General Counsel|title]] [[James A. Baker|person James A. Baker]] wrote the letter. [[Mr.|title]] [[Baker|person James A. Baker]] did not comment.
    In London, [[Solicitor General|title]] [[Harriet Hollins|person Harriet Hollins]] agreed.
  `);
});

test('a name right after a word for a work is the work\'s title wherever it appears, but not the surname of someone named in full', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    [[Jon Pellew|person Jon Pellew]] won for the biopic Ray, about the singer [[Ray Carling|person Ray Carling]]. Ray has made $75m on DVD.
    The gritty drama Vera Drake also won, and Vera Drake leads the field.
    [[Amos Tarrant|person Amos Tarrant]] was the subject of the documentary "[[Tarrant|person Amos Tarrant]]." [[Tarrant|person Amos Tarrant]] said little.
  `);
});

test('a title that a quotation holds with the name alone is a nickname or a slogan, not an office', () => {
  check(`
    ---
    date: 2016-06-27
    ---
    The band got the crowd to cheer for "President [[Bernard Sandell|person Bernard Sandell]]." The shadow chancellor dubbed him "Sir Spendalot".
    "[[Mr.|title]] [[Barnaby|person Barnaby]]’s July 3 party was loud," a guest said.
  `);
});

test('a rank alone after a role within an organisation and "of" opens the organisation\'s name ("a former employee of General Mills")', () => {
  check(`
    ---
    date: 2005-01-15
    ---
    Among those charged is [[Jon Nettleford|person Jon Nettleford]], a former employee of General Marsden. The troops of [[General|title]] [[Pattison|person Pattison]] advanced.
  `);
});

test('a surname before a word for a family names the family, not one of them; a possessive before it names the person', () => {
  check(`
    ---
    date: 2016-08-01
    ---
    [[Khalid Rahman|person Khalid Rahman]] spoke at the convention. Critics said the Rahman family deserved better, and the Rahman family's grief was plain.
    The unflappable Brantley brothers won again. [[Rahman|person Khalid Rahman]]'s family was there too.
  `);
});
