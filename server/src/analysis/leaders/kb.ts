// Lookup structures built once from the knowledge base, and questions about terms of office on a date.
import type { KbCountry, KbPerson, KbTerm, KnowledgeBase, PartialDate } from '../knowledge';
import { AMBIGUOUS_SURNAMES, DESCRIPTION_HEADS, FEMALE_GIVEN_NAMES, FORMER, GIVEN_NAMES, NOT_NAME, TITLE_MODIFIERS, TITLE_WORDS, UNISEX_GIVEN_NAMES } from './lexicon';
import { fold, KEEP_WHOLE } from './text';

export interface KbIndex {
  knowledge: KnowledgeBase;
  people: Map<string, KbPerson>;
  /** Folded full names and aliases, tokens joined by spaces -> person ids. */
  names: Map<string, string[]>;
  /** First tokens of `names`, for a quick miss. */
  nameStarts: Set<string>;
  maxNameTokens: number;
  /** Folded surnames (the name used alone) -> person ids. */
  surnames: Map<string, string[]>;
  /** Folded given names (first token of a full name) of knowledge-base people, with the lexicon's. */
  givenNames: Set<string>;
  /** givenNames and the bundled list's names that only start a full name (see buildKbIndex), in one set. */
  listedGivenNames: Set<string>;
  /** Listed given names that are also knowledge-base surnames ("Hamid", "Blair"): they start a name in fewer places. */
  givenNamesThatAreSurnames: Set<string>;
  /** Given names mostly given to women, and mostly to men. */
  femaleGivenNames: Set<string>;
  maleGivenNames: Set<string>;
  countries: Map<string, KbCountry>;
  /** Folded country names and adjectives ("russian", "u.s.", "united states") -> code. */
  countryWords: Map<string, string>;
  maxCountryTokens: number;
  /** Hyphenated words that stay whole. */
  keepWhole: Set<string>;
  /** Words that may be split out of a hyphenated compound: surnames and one-word country names ("Putin-Trump"). */
  splitParts: Set<string>;
  /** Holders of each office by country code, for "who held it then". */
  termsByCountry: Map<string, { person: KbPerson; term: KbTerm }[]>;
  /** Every token prefix of a key of `names` ("vladimir", "vladimir putin"), to stop a lookup at the first miss. */
  namePrefixes: Set<string>;
  /** Every token prefix of a key of `countryWords`. */
  countryPrefixes: Set<string>;
  /** Folded given name (first word) of each knowledge-base person. */
  givenOf: Map<string, string>;
  /** Folded surname of each knowledge-base person, as lastSurname() reads it. */
  surnameOf: Map<string, string>;
  /** Folded single-word aliases of each knowledge-base person. */
  singleAliases: Map<string, Set<string>>;
  /** Folded word -> LEX_* flags: one lookup answers which of the word lists hold it. */
  lexFlags: Map<string, number>;
}

/** Flags of `lexFlags`: the word is in nameStarts, givenNames, NOT_NAME, TITLE_WORDS, TITLE_MODIFIERS, countryWords, surnames. */
export const LEX_NAME_START = 1;
export const LEX_GIVEN = 2;
export const LEX_NOT_NAME = 4;
export const LEX_TITLE = 8;
export const LEX_TITLE_MODIFIER = 16;
export const LEX_COUNTRY = 32;
export const LEX_SURNAME = 64;
/** In countryPrefixes: a country name may start with the word ("united" of "united states"). */
export const LEX_COUNTRY_PREFIX = 128;
/** In FORMER ("former", "ex", "late"). */
export const LEX_FORMER = 256;
/** The first word of a description head ("russian" no, "prime" of "prime minister", "leader"). */
export const LEX_DESCRIPTION_START = 512;
/** In listedGivenNames. */
export const LEX_LISTED_GIVEN = 1024;

function lexFlagsOf(lists: [Iterable<string>, number][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [keys, flag] of lists) for (const k of keys) out.set(k, (out.get(k) ?? 0) | flag);
  return out;
}

/** All token prefixes of the keys ("a b c" -> "a", "a b", "a b c"). */
function prefixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    let at = key.indexOf(' ');
    while (at >= 0) {
      out.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
    out.add(key);
  }
  return out;
}

/** Folded as the words of a text are ("Yıldırım" -> "yildirim", "Łukaszenka" -> "lukaszenka"). */
function plainLower(s: string): string {
  return fold(s);
}

export function splitName(name: string): string[] {
  return fold(name).split(/\s+/).filter(Boolean);
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

// Words that name a country in a title's place: "Kremlin spokesman", "White House aide".
const EXTRA_COUNTRY_WORDS: [string, string][] = [
  ['kremlin', 'RU'],
  ['white house', 'US'],
  ['vatican', 'VA'],
  ['elysee', 'FR'],
  ['downing street', 'GB'],
];

const UMLAUT = /[äöüÄÖÜ]/;
const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** The German way to write a name without umlauts: "Schröder" -> "Schroeder" (folding gives "Schroder"). */
export function umlautsSpelledOut(name: string): string {
  return name.replace(/[äöüÄÖÜ]/g, (c) => SPELLED_OUT[c]);
}

const ARTICLE_HYPHEN = /\b([Aa]l|[Ee]l)-(?=\p{Lu})/u;

export function buildKbIndex(knowledge: KnowledgeBase): KbIndex {
  const people = new Map<string, KbPerson>();
  const names = new Map<string, string[]>();
  const nameStarts = new Set<string>();
  const surnames = new Map<string, string[]>();
  const givenNames = new Set(GIVEN_NAMES);
  const keepWhole = new Set(KEEP_WHOLE);
  // "Jean-Philippe", "Hans-Werner": a compound that starts with a given name is a given name.
  for (const k of KEEP_WHOLE) if (givenNames.has(k.split('-')[0])) givenNames.add(k);
  for (const key of TITLE_WORDS.keys()) if (key.includes('-')) keepWhole.add(key);
  let maxNameTokens = 1;
  for (const person of Array.isArray(knowledge.people) ? knowledge.people : []) {
    if (!person || typeof person.id !== 'string' || typeof person.name !== 'string') continue;
    people.set(person.id, person);
    const written = [person.name, ...(Array.isArray(person.aliases) ? person.aliases : [])].filter((f) => typeof f === 'string');
    // "al-Sisi" is also written "Al Sisi"; "Schröder" is also written "Schroeder".
    const forms = [...written, ...written.filter((f) => ARTICLE_HYPHEN.test(f)).map((f) => f.replace(ARTICLE_HYPHEN, '$1 ')), ...written.filter((f) => UMLAUT.test(f)).map(umlautsSpelledOut)];
    for (const form of forms) {
      const tokens = splitName(form);
      // "Pope Francis", "President Xi", "Sir Keir Starmer": the title is read as a title, the rest as the name.
      if (tokens.length === 0 || (tokens.length > 1 && TITLE_WORDS.has(tokens[0]))) continue;
      for (const t of tokens) if (t.includes('-')) keepWhole.add(t);
      add(names, tokens.join(' '), person.id);
      nameStarts.add(tokens[0]);
      maxNameTokens = Math.max(maxNameTokens, tokens.length);
    }
    const fullTokens = splitName(person.name);
    const surname = typeof person.surname === 'string' && person.surname.trim() ? person.surname : fullTokens[fullTokens.length - 1] ?? '';
    const surnameTokens = splitName(surname);
    if (surnameTokens.length) {
      add(surnames, surnameTokens.join(' '), person.id);
      if (UMLAUT.test(surname)) add(surnames, splitName(umlautsSpelledOut(surname)).join(' '), person.id);
      for (const t of surnameTokens) if (t.includes('-')) keepWhole.add(t);
    }
    // "S. Jaishankar": an initial is no given name (it would make "S. Africa" someone).
    if (fullTokens.length > 1 && fullTokens[0] !== surnameTokens[0] && !/^\p{L}\.?$/u.test(fullTokens[0])) givenNames.add(fullTokens[0]);
    // Single-token aliases ("Lula", "MBS") are also used alone.
    for (const alias of person.aliases ?? []) {
      const t = splitName(alias);
      if (t.length === 1) add(surnames, t[0], person.id);
    }
  }

  const countries = new Map<string, KbCountry>();
  const countryWords = new Map<string, string>();
  let maxCountryTokens = 2;
  for (const country of Array.isArray(knowledge.countries) ? knowledge.countries : []) {
    if (!country || typeof country.code !== 'string') continue;
    countries.set(country.code, country);
    for (const word of [country.code, ...(country.names ?? []), ...(country.adjectives ?? []), country.name]) {
      if (typeof word !== 'string' || !word) continue;
      // Two-letter codes are words only where they are in use as such ("US", "UK", "EU", "UN").
      if (word === country.code && !['US', 'UK', 'EU', 'UN'].includes(word)) continue;
      const tokens = splitName(word);
      const key = tokens.join(' ');
      if (!countryWords.has(key)) countryWords.set(key, country.code);
      maxCountryTokens = Math.max(maxCountryTokens, tokens.length);
    }
  }
  // Listed given names only start a full name ("Steffi Graf"); alone, "Blair" or "Owen" stays a surname. A country
  // ("Chad"), a title, a word that is never a name or a surname of the knowledge base stays out.
  const extraGivenNames = new Set<string>();
  const givenNamesThatAreSurnames = new Set<string>();
  for (const name of Array.isArray(knowledge.givenNames) ? knowledge.givenNames : []) {
    if (typeof name !== 'string' || givenNames.has(name) || countryWords.has(name)) continue;
    if (NOT_NAME.has(name) || TITLE_WORDS.has(name) || AMBIGUOUS_SURNAMES.has(name)) continue;
    (surnames.has(name) ? givenNamesThatAreSurnames : extraGivenNames).add(name);
  }
  const gb = countries.has('GB') ? 'GB' : undefined;
  if (gb && !countryWords.has('uk')) countryWords.set('uk', gb);
  if (countries.has('US')) for (const w of ['u.s.', 'us', 'u.s', 'american']) if (!countryWords.has(w)) countryWords.set(w, 'US');
  for (const [w, code] of EXTRA_COUNTRY_WORDS) if (countries.has(code) && !countryWords.has(w)) countryWords.set(w, code);

  const countryPrefixes = prefixes(countryWords.keys());
  const splitParts = new Set<string>([...surnames.keys(), ...countryWords.keys()].filter((k) => !k.includes(' ')));
  const termsByCountry = new Map<string, { person: KbPerson; term: KbTerm }[]>();
  for (const person of people.values()) {
    for (const term of Array.isArray(person.terms) ? person.terms : []) {
      if (!term || typeof term.country !== 'string') continue;
      const list = termsByCountry.get(term.country) ?? [];
      list.push({ person, term });
      termsByCountry.set(term.country, list);
    }
  }
  const givenOf = new Map<string, string>();
  const surnameOf = new Map<string, string>();
  const singleAliases = new Map<string, Set<string>>();
  for (const person of people.values()) {
    givenOf.set(person.id, plainLower(person.name).split(/\s+/)[0]);
    surnameOf.set(
      person.id,
      plainLower((person.surname || person.name || '').trim())
        .replace(/[’‘]/g, "'")
        .split(/\s+/)
        .join(' '),
    );
    const single = new Set<string>();
    for (const a of Array.isArray(person.aliases) ? person.aliases : []) if (typeof a === 'string' && a.trim().split(/\s+/).length === 1) single.add(plainLower(a));
    singleAliases.set(person.id, single);
  }
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : []);
  const femaleGivenNames = new Set([...FEMALE_GIVEN_NAMES, ...strings(knowledge.femaleGivenNames)]);
  const maleGivenNames = new Set(strings(knowledge.maleGivenNames));
  const listedGivenNames = new Set([...givenNames, ...extraGivenNames]);
  return {
    knowledge, people, names, nameStarts, maxNameTokens, surnames, givenNames, listedGivenNames, givenNamesThatAreSurnames, femaleGivenNames, maleGivenNames, countries, countryWords, maxCountryTokens, keepWhole, splitParts, termsByCountry,
    namePrefixes: prefixes(names.keys()), countryPrefixes, givenOf, surnameOf, singleAliases,
    lexFlags: lexFlagsOf([
      [nameStarts, LEX_NAME_START],
      [givenNames, LEX_GIVEN],
      [NOT_NAME, LEX_NOT_NAME],
      [TITLE_WORDS.keys(), LEX_TITLE],
      [TITLE_MODIFIERS, LEX_TITLE_MODIFIER],
      // "Ex-President", "ex-Health (Secretary)": a title's first word with the prefix written on.
      [[...TITLE_WORDS.keys()].map((k) => 'ex-' + k.split(' ')[0]), LEX_TITLE_MODIFIER],
      // "Mayor-elect", "(Prime) Minister-designate": a title's last word with the suffix written on.
      [[...TITLE_WORDS.keys()].flatMap((k) => ['-elect', '-designate'].map((suffix) => k.split(' ').pop() + suffix)), LEX_TITLE],
      [countryWords.keys(), LEX_COUNTRY],
      [surnames.keys(), LEX_SURNAME],
      [countryPrefixes, LEX_COUNTRY_PREFIX],
      [FORMER, LEX_FORMER],
      [[...DESCRIPTION_HEADS.keys()].map((k) => k.split(' ')[0]), LEX_DESCRIPTION_START],
      [listedGivenNames, LEX_LISTED_GIVEN],
    ]),
  };
}

// ---- Dates ---------------------------------------------------------------------------------------------------

export type Tri = 'yes' | 'no' | 'maybe';
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day a partial date may stand for; null when unreadable. */
export function dateRange(p: PartialDate | null | undefined): [string, string] | null {
  if (typeof p !== 'string') return null;
  const m = PARTIAL.exec(p);
  if (!m) return null;
  if (m[3]) return [p, p];
  if (m[2]) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-31`];
  return [`${m[1]}-01-01`, `${m[1]}-12-31`];
}

/** Whether the term covers the date; "maybe" where a year-only or month-only boundary leaves it open. Ends are inclusive. */
export function termOn(term: KbTerm, date: string): Tri {
  const start = dateRange(term.start);
  if (!start) return 'maybe';
  if (date < start[0]) return 'no';
  let endState: Tri = 'yes';
  if (term.end !== null && term.end !== undefined) {
    const end = dateRange(term.end);
    if (!end) endState = 'maybe';
    else if (date > end[1]) return 'no';
    else if (date > end[0]) endState = 'maybe';
  }
  if (date < start[1]) return 'maybe';
  return endState;
}

/** The term ended before the date (a "former" holder). */
export function termEndedBefore(term: KbTerm, date: string): Tri {
  if (term.end === null || term.end === undefined) return 'no';
  const end = dateRange(term.end);
  if (!end) return 'maybe';
  if (date > end[1]) return 'yes';
  if (date >= end[0]) return 'maybe';
  return 'no';
}

const ROLE_RANK: Record<string, number> = {
  head_of_state: 0,
  monarch: 0,
  pope: 0,
  head_of_government: 1,
  org_leader: 1,
  collective_head_of_state: 2,
  governor_general: 3,
  vice_head_of_state: 4,
  foreign_minister: 5,
  defence_minister: 6,
};

export interface OfficeOnDate {
  term: KbTerm | null;
  /** current: held on the date; past: the latest before it; future: the first after it (not yet in office). */
  when: 'current' | 'past' | 'future' | 'none';
}

/** The office the person held on the date, or the latest before it, or the first after it. */
export function officeOn(person: KbPerson, date: string): OfficeOnDate {
  const terms = (Array.isArray(person.terms) ? person.terms : []).filter((t) => t && dateRange(t.start));
  const rank = (t: KbTerm) => ROLE_RANK[t.role] ?? 9;
  const current = terms.filter((t) => termOn(t, date) === 'yes').sort((a, b) => rank(a) - rank(b));
  if (current.length) return { term: current[0], when: 'current' };
  const maybe = terms.filter((t) => termOn(t, date) === 'maybe').sort((a, b) => rank(a) - rank(b));
  if (maybe.length) return { term: maybe[0], when: 'current' };
  const past = terms.filter((t) => termEndedBefore(t, date) === 'yes').sort((a, b) => (dateRange(b.end)![1] < dateRange(a.end)![1] ? -1 : 1));
  if (past.length) return { term: past[0], when: 'past' };
  const future = terms.slice().sort((a, b) => (dateRange(a.start)![0] < dateRange(b.start)![0] ? -1 : 1));
  if (future.length) return { term: future[0], when: 'future' };
  return { term: null, when: 'none' };
}

/** How far the person's terms are from the date, in days (0 when in office), to choose among namesakes. */
export function distanceFromDate(person: KbPerson, date: string): number {
  const { since, until } = daysFromOffice(person, date);
  return Math.min(since, until);
}

/** In office on the date, out of it for at most `daysBefore`, or taking office within `daysAhead`. */
export function nearOffice(person: KbPerson, date: string, daysBefore: number, daysAhead: number): boolean {
  const { since, until } = daysFromOffice(person, date);
  return since <= daysBefore || until <= daysAhead;
}

/** Days since the nearest term ended and until the nearest one starts; both 0 while a term is on. */
function daysFromOffice(person: KbPerson, date: string): { since: number; until: number } {
  let since = Infinity;
  let until = Infinity;
  const day = Date.parse(date);
  for (const t of Array.isArray(person.terms) ? person.terms : []) {
    if (!t) continue;
    if (termOn(t, date) !== 'no') return { since: 0, until: 0 };
    const s = dateRange(t.start);
    const e = dateRange(t.end ?? null);
    if (s && date < s[0]) until = Math.min(until, (Date.parse(s[0]) - day) / 864e5);
    if (e && date > e[1]) since = Math.min(since, (day - Date.parse(e[1])) / 864e5);
  }
  return { since, until };
}

/**
 * A term's dates for messages: "2021-01-20–2025-01-20", "2024-10-01–present", and for an open term read after the
 * knowledge base's date, what the base can vouch for (a newsroom's own term may start after that date).
 */
export function termRange(start: string, end: string | null | undefined, date: string | null, status: string, dash = '–'): string {
  if (end) return `${start}${dash}${end}`;
  if (!date || date <= status) return `${start}${dash}present`;
  return start > status ? `since ${start}` : `since ${start}; in office on ${status}, the knowledge base's date`;
}

/** Terms held on the date in a country (or organisation) that fit the titles or roles. */
export function holdersOn(index: KbIndex, country: string, date: string, fits: (t: KbTerm) => boolean): { person: KbPerson; term: KbTerm }[] {
  return (index.termsByCountry.get(country) ?? []).filter(({ term }) => fits(term) && termOn(term, date) !== 'no');
}

/** Female or male by the given name, where the lists say one and not the other; names given to both say nothing. */
export function givenNameGender(name: string, index: KbIndex): 'female' | 'male' | undefined {
  const space = name.search(SPACE);
  if (space < 0) return undefined;
  const first = name.slice(0, space);
  // ASCII has no marks to strip.
  const given = (ASCII.test(first) ? first : first.normalize('NFD').replace(MARKS, '')).toLowerCase();
  if (UNISEX_GIVEN_NAMES.has(given)) return undefined;
  const female = index.femaleGivenNames.has(given);
  return female === index.maleGivenNames.has(given) ? undefined : female ? 'female' : 'male';
}

const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;
const SPACE = /\s/;

export function countryName(index: KbIndex, code: string): string {
  return index.countries.get(code)?.name ?? code;
}

/** An office in a country, with "the" where the country's names have it: "President of the United States". */
export function officeOf(display: string, index: KbIndex, code: string): string {
  const country = index.countries.get(code);
  const name = country?.name ?? code;
  const the = (country?.names ?? []).some((n) => n.toLowerCase() === `the ${name.toLowerCase()}`);
  return `${display} of ${the ? 'the ' : ''}${name}`;
}
