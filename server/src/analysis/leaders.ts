// Recognises leaders and other people, links later mentions to them, and checks titles and spellings.
//
// Decisions:
// - Headline (front matter `title`) mentions count as mentions; the annotation and the first-reference hint sit on the
//   first mention in the body, where the reader meets the person.
// - "the Trump administration" names Trump (lower-case "administration"), while "Trump Tower", "Trump Organization",
//   "Kennedy Center" and "Lincoln Memorial" (a capitalised place or organisation head) do not.
// - A name used alone attaches to a person the article itself introduces; otherwise to a knowledge-base person only if
//   the surname is unambiguous, uncommon and the person was in office within about three years of the date.
// - A description ("the Russian leader") attaches to the one person named in the article who fits it on the reference
//   date; with a country and no such person, to the knowledge base's only holder on that date; else to no one.
import { checkLeader, type CheckContext } from './leaders/checks';
import { buildKbIndex, countryName, givenNameGender, officeOf, officeOn, termOn, type KbIndex } from './leaders/kb';
import { recognise, slug, termHasTitle, type Entity, type RawMention, type TitleInfo } from './leaders/recognise';
import { readWords } from './leaders/text';
import type { KbPerson, KnowledgeBase } from './knowledge';
import type { Article, Finding, Leader, Mention, Person, Term } from './types';

export interface LeaderOptions {
  /** House style: variant spelling -> preferred spelling ("Zelenskyy" -> "Zelensky"). */
  houseSpellings: Record<string, string>;
}

/** Everything derived from the knowledge base once, reused for every article. */
export interface LeaderIndex extends KbIndex {
  knowledge: KnowledgeBase;
}

/** The office in words as of the date: "former President of the United States" once the term has ended. */
export function officeAsOf(leader: Leader, date: string | null): string {
  const term = leader.term;
  return term && date && leader.office === term.office && termOn(term, date) === 'no' ? `former ${leader.office}` : leader.office;
}

export function buildLeaderIndex(knowledge: KnowledgeBase): LeaderIndex {
  return buildKbIndex(knowledge);
}

export function findLeaders(article: Article, index: LeaderIndex, options: LeaderOptions): { leaders: Leader[]; people: Person[]; findings: Finding[] } {
  try {
    return analyse(article, index, options);
  } catch (error) {
    // The core never throws: a bug becomes one finding and the rest of the analysis goes on.
    return {
      leaders: [],
      people: [],
      findings: [{ start: 0, end: 0, severity: 'error', code: 'internal.error', message: `newslens could not finish finding leaders in this document (${error instanceof Error ? error.message : String(error)}); please report this.` }],
    };
  }
}

function analyse(article: Article, index: LeaderIndex, options: LeaderOptions): { leaders: Leader[]; people: Person[]; findings: Finding[] } {
  const date = article.referenceDate ?? index.knowledge.status ?? '9999-12-31';
  const words = readWords(article, index.keepWhole, index.splitParts);
  const { entities } = recognise(words, article.text, index, date);
  const ctx: CheckContext = { text: article.text, index, date, dateFromArticle: article.referenceDate !== null, houseSpellings: options?.houseSpellings ?? {}, bodyStart: article.body.start };
  const leaders: Leader[] = [];
  const people: Person[] = [];
  const findings: Finding[] = [];
  for (const e of entities) {
    if (e.kbId || e.leader) {
      const leader = toLeader(e, index, date);
      const gender = givenNameGender(leader.name, index);
      if (gender) leader.gender = gender;
      leaders.push(leader);
      findings.push(...checkLeader(e, leader, ctx));
    } else {
      const name = longestName(e);
      const gender = givenNameGender(name, index);
      people.push({ name, mentions: e.mentions.map(toMention), ...(e.evidence ? { evidence: e.evidence } : {}), ...(gender ? { gender } : {}) });
    }
  }
  const first = (x: { mentions: Mention[] }) => x.mentions[0]?.start ?? 0;
  leaders.sort((a, b) => first(a) - first(b));
  const stale = knowledgeDateHint(article.referenceDate, leaders, index);
  if (stale) findings.push(stale);
  people.sort((a, b) => first(a) - first(b));
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { leaders, people, findings };
}

/** Half a year after its date, the knowledge base may no longer know who holds an office. */
const KNOWLEDGE_FRESH_DAYS = 183;

/** For a story dated well after the knowledge base, one hint at its first leader from the base, saying so. */
function knowledgeDateHint(date: string | null, leaders: Leader[], index: KbIndex): Finding | null {
  const status = index.knowledge.status;
  if (!date || !status) return null;
  const days = (Date.parse(date) - Date.parse(status)) / 86_400_000;
  const at = leaders.filter((l) => l.known).map((l) => l.mentions[0]).sort((a, b) => a.start - b.start)[0];
  if (!(days > KNOWLEDGE_FRESH_DAYS) || !at) return null;
  return {
    start: at.start,
    end: at.end,
    severity: 'hint',
    code: 'leader.knowledge-date',
    message: `The knowledge base's offices end on ${status}, ${Math.round(days / 30.44)} months before this story (${date}): who holds an office may have changed since, and the hovers say what the base knew then. A newsroom adds newer office holders in .newslens/leaders.json.`,
  };
}

function toLeader(e: Entity, index: KbIndex, date: string): Leader {
  const mentions = e.mentions.map(toMention);
  if (e.kbId) {
    const person = index.people.get(e.kbId)!;
    const { term: held, when } = officeOn(person, date);
    // Someone who only later took office held none of ours on the date (a 2016 article on Senator Rubio).
    const term = when === 'future' ? null : held;
    const t: Term | null = term ? { office: term.office, title: term.title, role: term.role, country: term.country, start: term.start, end: term.end } : null;
    const beyondKb = date > index.knowledge.status;
    const stated = beyondKb ? unrecordedOffice(e, person, index) : null;
    if (stated) {
      const based = term ? `${term.office} since ${term.start}` : 'no office for that date';
      const officeNote = `from the article's own words; the knowledge base, as of ${index.knowledge.status}, has ${based}`;
      return { id: person.id, name: person.name, office: stated.office, country: stated.country, countryName: countryName(index, stated.country), term: null, known: true, mentions, officeNote };
    }
    // The base has no office for them yet ("Sen. Marco Rubio" in 2016, "Chancellor Gordon Brown" in 2005): the one the
    // article gives them, with what the base records later.
    const given = term ? null : givenOffice(e, person, index);
    if (given) {
      const later = held && when === 'future' ? `; the knowledge base has them as ${held.office} from ${held.start}` : '';
      return { id: person.id, name: person.name, ...given, term: null, known: true, mentions, officeNote: `from the article's own words${later}` };
    }
    // "former Prime Minister Ishiba" in 2026: the article knows that a term the base has open has ended.
    if (beyondKb && term && !term.end && e.mentions.some((m) => m.title?.former && termHasTitle(term, m.title.word))) {
      const officeNote = `the article's “former”; the knowledge base, as of ${index.knowledge.status}, has the term open since ${term.start}`;
      return { id: person.id, name: person.name, office: `former ${term.office}`, country: term.country, countryName: countryName(index, term.country), term: t, known: true, mentions, officeNote };
    }
    return { id: person.id, name: person.name, office: term?.office ?? '', country: term?.country ?? '', countryName: term ? countryName(index, term.country) : '', term: t, known: true, mentions };
  }
  const name = longestName(e);
  const { office, country, countryName: inCountry } = e.textTitle ? titleOffice(e.textTitle, index) : { office: '', country: '', countryName: '' };
  return { id: 'text:' + slug(name), name, office, country, countryName: inCountry, term: null, known: false, mentions };
}

/** The office a title names: "Governor", "Prime Minister of France", "former Mayor". */
function titleOffice(title: TitleInfo, index: KbIndex): { office: string; country: string; countryName: string } {
  const country = title.country ?? '';
  const display = title.word.display;
  const held = display && country ? officeOf(display, index, country) : display;
  return { office: held && title.former ? `former ${held}` : held, country, countryName: country ? countryName(index, country) : '' };
}

/**
 * The first office the article gives someone by a title of leadership, unless the knowledge base records them with it
 * later: "President Trump" in 2016 is no office of that date.
 */
function givenOffice(e: Entity, person: KbPerson, index: KbIndex): { office: string; country: string; countryName: string } | null {
  const title = e.mentions.find((m) => m.kind === 'name' && m.title?.word.leadership)?.title;
  const terms = person.terms ?? [];
  if (!title || terms.some((t) => termHasTitle(t, title.word))) return null;
  const office = titleOffice(title, index);
  // "Sen. Marco Rubio": the country is the one the base knows the person in.
  const country = office.country || terms[terms.length - 1]?.country || '';
  return { ...office, country, countryName: country ? countryName(index, country) : '' };
}

/**
 * After the knowledge base's date, an office the article gives someone and the base does not record for them ("French
 * Prime Minister Sébastien Lecornu" in 2026, a minister in 2025) is theirs by the article.
 */
function unrecordedOffice(e: Entity, person: KbPerson, index: KbIndex): { office: string; country: string } | null {
  const terms = person.terms ?? [];
  for (const m of e.mentions) {
    const title = m.title;
    if (!title?.word.leadership || title.word.kb.length === 0 || title.former) continue;
    if (terms.some((t) => termHasTitle(t, title.word) && (!title.country || t.country === title.country))) continue;
    const country = title.country ?? terms[terms.length - 1]?.country;
    if (!country || !terms.some((t) => t.country === country)) continue;
    return { office: officeOf(title.word.display, index, country), country };
  }
  return null;
}

function longestName(e: Entity): string {
  let best = e.name;
  let bestWords = best.split(/\s+/).length;
  for (const m of e.mentions) {
    if (m.kind === 'name' && m.words.length > bestWords) {
      best = m.text;
      bestWords = best.split(/\s+/).length;
    }
  }
  return best;
}

function toMention(m: RawMention): Mention {
  const out: Mention = { start: m.start, end: m.end, text: m.text, kind: m.kind };
  if (m.title && !m.title.apposition) out.title = { start: m.title.start, end: m.title.end, text: m.title.text };
  if (m.evidence) out.evidence = m.evidence;
  return out;
}
