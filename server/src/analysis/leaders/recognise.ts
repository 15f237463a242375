// Finds name mentions and descriptions in an article's words and groups them into entities.
import type { KbPerson, KbTerm } from '../knowledge';
import { lineEnd, lineStart } from '../lines';
import type { Span, TextSpan } from '../types';
import { dateRange, distanceFromDate, holdersOn, nearOffice, LEX_COUNTRY, LEX_COUNTRY_PREFIX, LEX_DESCRIPTION_START, LEX_FORMER, LEX_GIVEN, LEX_LISTED_GIVEN, LEX_NAME_START, LEX_NOT_NAME, LEX_SURNAME, LEX_TITLE, LEX_TITLE_MODIFIER, termEndedBefore, termOn, type KbIndex } from './kb';
import {
  AMBIGUOUS_SURNAMES,
  DESCRIPTION_HEADS,
  DESCRIPTION_MAX_TOKENS,
  hasWomansGivenName,
  honorificGender,
  FORMER,
  NAME_BLOCKING_HEADS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME,
  PERSON_CUES_BEFORE,
  PERSON_ROLES,
  ROLE_WORDS,
  SPEECH_VERBS,
  STATE_HEADS,
  TITLE_MAX_TOKENS,
  US_STATES,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  type DescriptionHead,
  type TitleWord,
} from './lexicon';
import { fold, type Word } from './text';

/** What a title before (or an apposition after) a name says. */
export interface TitleInfo extends TextSpan {
  /** The main title word ("President" in "former US President"). */
  word: TitleWord;
  /** Country or organisation code named in the title ("Russian President", "President ... of Russia"). */
  country?: string;
  /** The text naming the country ("French"). */
  countryText?: string;
  former: boolean;
  /** The title follows the name ("X, the country's prime minister"): not shown as the mention's title. */
  apposition: boolean;
}

export interface RawMention extends TextSpan {
  kind: 'name' | 'description';
  title?: TitleInfo;
  headline: boolean;
  /** The name words (without title). */
  words: Word[];
  /** Only the surname (one name used alone). */
  surnameOnly: boolean;
  /** For a description: why it refers to its person (shown in the hover). */
  evidence?: string;
}

export interface Entity {
  key: string;
  kbId?: string;
  name: string;
  /** Introduced with a leadership title (or known to the knowledge base). */
  leader: boolean;
  /** For leaders not in the knowledge base: the title and country they were introduced with. */
  textTitle?: TitleInfo;
  mentions: RawMention[];
  /** Folded last name word, for later surname-only mentions. */
  surname: string;
  /** Why a name that no knowledge base knows is taken for a person (shown in its hover). */
  evidence?: string;
}

interface Candidate {
  start: number; // word index
  end: number; // word index, exclusive
  title?: TitleInfo;
  kbIds?: string[];
  /** Next to a speech verb, an age, an apposition: a person even without a given name. */
  personCue: boolean;
}

export interface Recognition {
  entities: Entity[];
  /** Descriptions that could not be attached (plural or ambiguous), for tests and hovers. */
  unattached: RawMention[];
}

const MAX_NAME_TOKENS = 6;
const PLURAL_TITLES = new Set(
  [...TITLE_WORDS.keys()].filter((k) => !k.includes(' ') && !k.endsWith('.') && k.length > 3).map((k) => (/[^aeiou]y$/.test(k) ? k.slice(0, -1) + 'ies' : k + 's')),
);
const TITLE_LAST_WORDS = new Set([...TITLE_WORDS.keys()].map((k) => k.split(' ').pop()!));
const TITLE_FIRST_WORDS = new Set([...TITLE_WORDS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
const SUBNATIONAL = new Set(['Governor', 'Senator', 'Representative', 'Mayor', 'Speaker', 'Majority Leader', 'Minority Leader', 'Chief Minister', 'First Minister']);
// After "Name," a lower-case word other than these is an apposition ("Sant Singh Chatwal, hotelier,").
const PRONOUNS = new Set('i we you he she it they me us him her them this these those there here'.split(' '));
const OBJECT_PREPOSITIONS = new Set(['of', 'at', 'from', 'with', 'for', 'in', 'on']);
/** Nouns for people by their ending: "hotelier", "protester", "novelist", "historian", "consultant". */
const PERSON_NOUN = /\p{L}{3}(?:er|or|ist|ian|ier|ant|ent)$/u;
const NOT_APPOSITION = new Set('and or but nor so yet which where when while whereas as after before since until if though although because that than then with without in on at for to from by of into onto not also including including despite amid during'.split(' '));

export function recognise(words: Word[], text: string, index: KbIndex, date: string): Recognition {
  // The words the article writes in lower case, built once and only if a rule asks.
  let lowerCase: Set<string> | undefined;
  const inLowerCase = (norm: string) => (lowerCase ??= lowerCaseWords(words)).has(norm);
  const candidates = findCandidates(words, text, index, inLowerCase);
  const table = new EntityTable(index);
  const pending = fullNames(candidates, words, text, index, date, table, inLowerCase);
  const lineUps = lineUpsOfSurnames(candidates, words, text);
  namesAlone(pending, words, text, index, date, table, new Set(lineUps.flatMap((l) => l.singles)), companyStems(words, text), inLowerCase);
  surnamesInLineUps(lineUps, words, text, index, table);
  namesInCapitals(words, text, table);
  const unattached = descriptions(words, text, index, date, table);
  const { order } = table;
  for (const e of order) e.mentions.sort((a, b) => a.start - b.start);
  const kept = order.filter((e) => e.mentions.some((m) => m.kind === 'name') || e.kbId);
  return { entities: kept, unattached };
}

/** The entities of one article by key, in the order they were found. */
class EntityTable {
  readonly order: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();

  constructor(private readonly index: KbIndex) {}

  // Every entity has the same fields in the same order: one object shape keeps the code that reads them optimised.
  entityFor(key: string, name: string, surname: string, kbId?: string): Entity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { key, kbId, name, leader: kbId !== undefined, textTitle: undefined, mentions: [], surname };
      this.byKey.set(key, e);
      this.order.push(e);
    }
    return e;
  }

  has(kbId: string): boolean {
    return this.byKey.has('kb:' + kbId);
  }

  kbEntity(kbId: string): Entity {
    const person = this.index.people.get(kbId)!;
    return this.entityFor('kb:' + kbId, person.name, this.index.surnameOf.get(person.id)!, kbId);
  }
}

/** Runs of capitalised words that may name someone, in text order. */
function findCandidates(words: Word[], text: string, index: KbIndex, inLowerCase: (norm: string) => boolean): Candidate[] {
  const titleCaseHeadline = isTitleCaseHeadline(words);
  const titleCase = titleCaseLines(words, text);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    // nameAt answers null at once for a lower-case word other than a particle and for a non-word: skip the call.
    const w = words[i];
    if (!w.cap && (!w.isWord || !isParticle(w))) {
      i++;
      continue;
    }
    const c = bareInitialName(words, text, i, index, inLowerCase) ?? nameAt(words, text, i, index, (titleCaseHeadline && w.headline) || titleCase[i] === 1, inLowerCase);
    if (c === 'blocked') {
      i = skipRun(words, text, i);
      continue;
    }
    if (c) {
      // "dubbing Mr Brown “Sir Wastealot”", a cheer for “President Bernie Sanders.”: a title that a quotation holds
      // with the name alone is a nickname or a slogan, not an office.
      candidates.push(c.title && quotedAlone(text, c.title.start, words[c.end - 1].end) ? { ...c, title: undefined } : c);
      i = c.end;
      continue;
    }
    i++;
  }
  return candidates;
}

const OPENING_QUOTE = /["“‘']/;
// A closing mark, not the apostrophe of a possessive ("“Mr. Barna’s July 3 bash").
const CLOSING_QUOTE_AFTER = /^[.,!?]?["”’'](?!\p{L})/u;
function quotedAlone(text: string, start: number, end: number): boolean {
  return start > 0 && OPENING_QUOTE.test(text[start - 1]) && CLOSING_QUOTE_AFTER.test(text.slice(end, end + 3));
}

/**
 * Pass 1: full names (knowledge base, or people introduced in this article). Returns the names of one word (or a
 * knowledge-base surname form) left for pass 2.
 */
function fullNames(candidates: Candidate[], words: Word[], text: string, index: KbIndex, date: string, table: EntityTable, inLowerCase: (norm: string) => boolean): Candidate[] {
  const pending: Candidate[] = [];
  // "rival Peoplesoft", "the band Muse", "water firm Aguas Argentinas", "market leader Nintendo": a name that follows a
  // word for an organisation (or that an apposition calls one: "Deutsche Boerse, the German stock exchange") names that
  // organisation wherever it appears. A name that starts with a given name or is a person's surname does so only after a
  // modified word ("accountancy firm Grant Thornton", "polling firm Mori", "Cult band Kasabian"), not after a determiner
  // ("the firm Bill Gates founded", "One label Rubio resists" after "Marco Rubio").
  const surnamesOfPeople = new Set<string>();
  for (const c of candidates) if (c.end - c.start > 1 && (c.kbIds || startsWithGivenName(words, c, index))) surnamesOfPeople.add(words[c.end - 1].norm);
  const organisations = new Set<string>();
  for (const c of candidates) {
    if (c.kbIds || (c.title && !isOrganisationRole(c.title))) continue;
    const last = words[c.end - 1].norm;
    const named =
      organisationHeadBefore(words, text, c.start, c.end - c.start === 1, index) ||
      organisationApposition(words, c.end) ||
      (c.end - c.start > 1 && !startsWithGivenName(words, c, index) && organisationHeadAfter(words, c.end)) ||
      organisationAppositionBefore(words, c.start, c.end) ||
      affiliation(words, c.start, c.end) ||
      (c.end - c.start > 1 && (workplace(words, c.start, c.end) || (!startsWithGivenName(words, c, index) && employerBeforeRole(words, c.end)))) ||
      (thingRelative(words, c.end) && !c.title && !surnamesOfPeople.has(last) && !index.surnames.has(last));
    if (!named) {
      // "Philip Morris holders", "Du Pont shares", "Time Warner's fourth quarter profits": what only a company has, right
      // after the name or, after a possessive name of several words that opens with no given name, among the next words
      // ("Hague's six-figure earnings" are a person's).
      const possessive = words[c.end - 1].possessive;
      if (possessive ? c.end - c.start > 1 && !startsWithGivenName(words, c, index) && lowerCaseWordWithin(words, c.end, 3, isCompanyHolding) : lowerCaseWordWithin(words, c.end, 1, isCompanyHolding)) organisations.add(slug(nameText(words, text, c.start, c.end)));
      continue;
    }
    const one = c.end - c.start === 1 ? words[c.start].norm : '';
    if ((index.givenNames.has(words[c.start].norm) || (one && (index.surnames.has(one) || surnamesOfPeople.has(one)))) && !modifiedHead(words, text, c.start - 1)) continue;
    organisations.add(slug(nameText(words, text, c.start, c.end)));
  }
  // "the biopic Ray", "Mike Leigh's film Vera Drake", "the musical Oliver!": a name right after a word for a work is the
  // work's title wherever it appears, with a given name too; not the surname of someone named in full ("the documentary
  // “Weiner”" about Anthony Weiner).
  for (const c of candidates) {
    const one = c.end - c.start === 1 ? words[c.start].norm : '';
    if (!c.kbIds && !c.title && !(one && (index.surnames.has(one) || surnamesOfPeople.has(one))) && workHeadBefore(words, text, c)) organisations.add(slug(nameText(words, text, c.start, c.end)));
  }
  const isOrganisation = (c: Candidate) => !c.kbIds && (!c.title || isOrganisationRole(c.title)) && organisations.size > 0 && organisations.has(slug(nameText(words, text, c.start, c.end)));
  // "held in Addis Ababa", "a role in Million Dollar Baby": a name of several words right after "in" that starts with no
  // given name is a place or a work wherever it appears ("faith in Bernie Sanders" is a person).
  const places = new Set<string>();
  for (const c of candidates) {
    const before = words[c.start - 1];
    if (c.kbIds || c.title || c.end - c.start < 2 || words[c.end - 1].possessive || startsWithGivenName(words, c, index)) continue;
    if (before?.isWord && !before.cap && PLACE_PREPOSITIONS.has(before.norm)) places.add(slug(nameText(words, text, c.start, c.end)));
  }
  const isPlaceName = (c: Candidate) => !c.kbIds && !c.title && places.size > 0 && places.has(slug(nameText(words, text, c.start, c.end)));
  // A name accepted once as a person (with a given name, a title or a cue) is a person wherever else it appears.
  const accepted = new Set<string>();
  const acceptedWhy = new Map<string, string>();
  // "Megyn Kelly requested a meeting … Kelly said", "… Ms. Kelly": a name whose last word speaks alone or follows an
  // honorific elsewhere is a person's.
  const leaderSurnames = new Set(candidates.filter((c) => c.kbIds && c.end - c.start > 1).map((c) => words[c.end - 1].norm));
  const speakingSurnames = new Set(candidates.filter((c) => c.end - c.start === 1 && ((c.personCue && !c.title) || (c.title && HONORIFICS.has(c.title.text.toLowerCase())))).map((c) => words[c.start].norm));
  for (const c of candidates) {
    if (c.kbIds || c.end - c.start < 2 || thingByItsHead(words, text, c, index, inLowerCase)) continue;
    // With a title or a cue the name's own evidence only words the reason, so it is asked for only then.
    let given = !c.title && !c.personCue && nameEvidence(words, text, c, index);
    if (!c.title && !c.personCue && !given) {
      // Not the surname of a leader the article names in full: "Team Clinton", "Dump Trump" are no one new.
      const last = words[c.end - 1].norm;
      const speaks = speakingSurnames.has(last) && !leaderSurnames.has(last) && c.end - c.start <= 3 && plainNameStart(words, c.start, index) && !inLowerCase(words[c.start].norm);
      if (!speaks) continue;
    }
    const key = slug(nameText(words, text, c.start, c.end));
    accepted.add(key);
    if (acceptedWhy.has(key)) continue;
    if (!c.title && c.personCue) given = nameEvidence(words, text, c, index);
    acceptedWhy.set(
      key,
      c.title
        ? titleEvidence(c.title)
        : given
          ? givenEvidence(words, text, c, index)
          : c.personCue
            ? 'a speech verb, an age, a role or an apposition beside the name'
            : `“${words[c.end - 1].text}” speaks alone or follows “Mr”, “Ms” or “Dr” elsewhere in the article`,
    );
  }
  // "Ahmed Al-Rawahi, Badar Mubarak, Hani Al-Dhabit": a name of two or three words in a list of people is one too.
  for (const list of nameLists(candidates, words)) {
    const people = list.filter((c) => c.kbIds || accepted.has(slug(nameText(words, text, c.start, c.end))));
    if (list.length < 3 || people.length * 2 < list.length) continue;
    // "…, Theresa May, Lib Dem's elections chief": a possessive ends the list (it modifies what follows).
    // "Jude Law and Julia Roberts, Finding Neverland": a title that opens with a verb in -ing is no one.
    for (const c of list) if (c.end - c.start >= 2 && c.end - c.start <= 3 && !words[c.end - 1].possessive && !isOrganisation(c) && !isPlaceName(c) && !(words[c.start].norm.endsWith('ing') && !isListedGivenName(words[c.start], index))) accepted.add(slug(nameText(words, text, c.start, c.end)));
  }
  for (const c of candidates) {
    if (isOrganisation(c) || isPlaceName(c) || rankInCompanyName(words, c) || familyOf(words, c, index)) continue;
    const len = c.end - c.start;
    let kbId = c.kbIds ? chooseKb(c.kbIds, index, date, c.title) : len > 1 ? kbByGivenAndSurname(words, c, index, date) : undefined;
    // "analyst Jason Kenney" in 2005, "reporter David Johnston": an occupation far from the namesake's years in office.
    if (kbId && len > 1 && c.title && OCCUPATIONS.has(c.title.word.display.toLowerCase()) && distanceFromDate(index.people.get(kbId)!, date) > 3 * 365) kbId = undefined;
    // An initialism ("IOG", "MBS") without a cue waits for pass 2, which asks whether the article names the person.
    const initialism = len === 1 && !c.title && !c.personCue && words[c.start].caps;
    if (kbId && !initialism && !(len === 1 && isSurnameForm(words[c.start], kbId, index) && !isFullFormAlone(words[c.start], kbId, index))) {
      const e = table.kbEntity(kbId);
      e.mentions.push(mention(words, text, c, len === 1 && isSurnameForm(words[c.start], kbId, index)));
      continue;
    }
    if (len === 1 || (c.kbIds && len <= 3)) {
      pending.push(c);
      continue;
    }
    // "In Sri Lanka, …", "Hong Kong's market": a country or territory is no one; nor is "St Helens" or "Scotland Yard".
    if (isPlace(normsJoined(words, c.start, c.end), index) || (!c.title && namedAfterPlace(words[c.start], index))) continue;
    const isLeaderTitle = !!c.title?.word.leadership && !organisationsTitle(words, c, index);
    const given = nameEvidence(words, text, c, index);
    const name = nameText(words, text, c.start, c.end);
    const nameSlug = slug(name);
    // "Le Pen", "De Blasio", "Van Hooijdonk": a surname with its particle names the person introduced in full, else
    // (in pass 2) a scorer or someone with a speech verb.
    if (!c.title && !given && capitalParticle(words[c.start])) {
      pending.push(!c.personCue && accepted.has(nameSlug) ? { ...c, personCue: true } : c);
      continue;
    }
    if (!isLeaderTitle && !c.title && !given && (!c.personCue || thingByItsHead(words, text, c, index, inLowerCase)) && !accepted.has(nameSlug)) {
      // "bin Laden" after the full name.
      if (isParticle(words[c.start])) pending.push(c);
      continue;
    }
    const key = 'text:' + nameSlug;
    const surname = familyNameFirst(words, c, index) ? words[c.start] : words[c.end - 1 - (NAME_SUFFIXES.has(words[c.end - 1].norm) && c.end - 2 > c.start ? 1 : 0)];
    // "D Hickie", "B. O'Driscoll" after "Denis Hickie", "Brian O'Driscoll": initials and surname of someone named in full.
    const initials = /^(?:\p{Lu}\.?){1,2}$/u.test(words[c.start].text) && c.end - c.start === 2 ? words[c.start].text.charAt(0) : '';
    const named = initials ? table.order.find((x) => x.surname === surname.norm && (givenNameOf(x, index) ?? '').charAt(0).toUpperCase() === initials) : undefined;
    if (named) {
      named.mentions.push(mention(words, text, c, false));
      continue;
    }
    const e = table.entityFor(key, name, surname.norm);
    if (isLeaderTitle && !e.leader) {
      e.leader = true;
      e.textTitle = c.title;
    }
    e.evidence ??= acceptedWhy.get(nameSlug) ?? 'named in a list of people';
    e.mentions.push(mention(words, text, c, false));
  }
  return pending;
}

/**
 * A name opens here on its own: not a sentence's first word, nor after an article, a preposition or another capital
 * ("the Fiat Powertrain plant", "MP for Merionnydd Nant Conwy", "June Carter Cash"), nor with an adverb or a word
 * that names a thing ("Once Rangers receive", "Tears of the Sun Willis").
 */
function plainNameStart(words: Word[], i: number, index: KbIndex): boolean {
  const w = words[i];
  const prev = words[i - 1];
  if (w.sentenceStart || SENTENCE_OPENERS.has(w.norm) || CLAUSE_OPENERS_AT_START.has(w.norm) || NOT_NAME.has(w.norm) || AMBIGUOUS_SURNAMES.has(w.norm) || COMMON_WORD_ENDING.test(w.norm)) return false;
  // "Americans John Sankus": a country's people in the plural.
  if (w.norm.endsWith('s') && index.countryWords.has(w.norm.slice(0, -1))) return false;
  if (prev && OPENING_MARKS.has(prev.text)) return false;
  if (!prev || !prev.isWord) return true;
  // "When Megyn Kelly requested …": a capitalised word that opens the sentence as a clause opener, not a name.
  const opener = prev.sentenceStart && (CLAUSE_OPENERS_AT_START.has(prev.norm) || SENTENCE_OPENERS.has(prev.norm));
  return (!prev.cap || opener) && !NO_NAME_AFTER.has(prev.norm);
}
const CLAUSE_OPENERS_AT_START = new Set(['once', 'when', 'if', 'as', 'after', 'before', 'because', 'since', 'unless', 'until', 'while']);
const NO_NAME_AFTER = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'at', 'on', 'to', 'near', 'outside']);

/** "St Helens", "St. Louis", "Scotland Yard", "England Rugby": a first word that is a saint's abbreviation or a place (and no given name, as "Jordan" and "Chad" are). */
function namedAfterPlace(first: Word, index: KbIndex): boolean {
  if (first.norm === 'st' || first.norm === 'st.') return true;
  return isPlace(first.norm, index) && !index.givenNames.has(first.norm) && !isListedGivenName(first, index);
}

/** What in a name of two words or more itself tells a person: a given name, an initial, a surname's shape. */
function nameEvidence(words: Word[], text: string, c: Candidate, index: KbIndex): boolean {
  const len = c.end - c.start;
  return (
    startsWithGivenName(words, c, index) ||
    initialAndSurname(words, text, c, index) ||
    (len <= 3 && SURNAME_SHAPE.test(words[c.end - 1].norm)) ||
    (len === 2 && koreanStyleAt(words, c.start))
  );
}

/**
 * "South Carolina's 1st Congressional District, carried by", "the Council of Economic Advisers, who": a name with no
 * title and nothing of a person in it (see nameEvidence) that ends in a word for a place or an organisation, or that
 * opens with an adjective, an initialism or a word the article writes in lower case and ends in a plural whose singular
 * it writes in lower case too, names things, even beside a speech verb or an apposition ("Rikkie Wells, who" stays).
 */
function thingByItsHead(words: Word[], text: string, c: Candidate, index: KbIndex, inLowerCase: (norm: string) => boolean): boolean {
  if (c.title || c.end - c.start < 2 || nameEvidence(words, text, c, index)) return false;
  const last = words[c.end - 1].norm.replace(/'s?$/, '');
  if (PLACE_HEADS.has(last) || ORGANISATION_HEADS.has(last)) return true;
  if (!PLURAL_ENDING.test(last) || index.surnames.has(last) || COMMON_SURNAMES.has(last)) return false;
  const first = words[c.start];
  if (!first.caps && !ADJECTIVE_ENDING.test(first.norm) && !inLowerCase(first.norm)) return false;
  return inLowerCase(last.endsWith('ies') ? last.slice(0, -3) + 'y' : last.slice(0, -1));
}
const PLURAL_ENDING = /\p{L}{3}[^s]s$/u;

/** In words, what in the name itself tells a person (see nameEvidence). */
function givenEvidence(words: Word[], text: string, c: Candidate, index: KbIndex): string {
  if (startsWithGivenName(words, c, index)) return `“${words[c.start].text}” is a given name`;
  if (initialAndSurname(words, text, c, index)) return 'an initial before a surname';
  if (koreanStyleAt(words, c.start)) return 'a family name before a two-part given name';
  return `“${words[c.end - 1].text}” has the form of a surname`;
}

/**
 * Pass 2c: a line-up of surnames ("Almunia, Lauren, Toure, Campbell, Cole, Vieira"): in a list of four or more single
 * names of which most are people already, the others are people too.
 */
function surnamesInLineUps(lineUps: LineUp[], words: Word[], text: string, index: KbIndex, table: EntityTable): void {
  if (lineUps.length === 0) return;
  const named = new Set<number>();
  for (const e of table.order) for (const m of e.mentions) named.add(m.start);
  for (const { singles, initialled, byPositions } of lineUps) {
    // A leader's surname counts as a name here, though not as that leader; so does a player's initial ("S Easterby"),
    // and a list with one is a team list, where one name in three known suffices. A team by positions needs none.
    const people = singles.filter((c) => named.has(words[c.start].start) || index.surnames.has(words[c.end - 1].norm)).length + initialled;
    if (!byPositions && people * (initialled ? 3 : 2) < singles.length + initialled) continue;
    for (const c of singles) {
      const w = words[c.end - 1];
      if (named.has(words[c.start].start) || w.possessive || isPlace(w.norm, index) || NOT_NAME.has(w.norm) || (lex(w, index) & (LEX_COUNTRY | LEX_TITLE)) !== 0) continue;
      const name = nameText(words, text, c.start, c.end);
      const e = table.entityFor('text:' + slug(name), name, w.norm);
      e.evidence ??= 'a surname in a line-up of players';
      e.mentions.push(mention(words, text, c, true));
      named.add(words[c.start].start);
    }
  }
}

interface LineUp {
  singles: Candidate[];
  /** Members named by initials and surname ("S Easterby"). */
  initialled: number;
  /** A whole line listing a team by positions, the groups between semicolons ("Dawson; Dowd, Greening; Shaw"). */
  byPositions: boolean;
}

/**
 * Lists of four or more single names, all but one of the list at most besides names with initials (a line-up:
 * "Almunia, Lauren, Toure, Cole", "Hayes, O'Kelly, S Easterby, Leamy").
 */
function lineUpsOfSurnames(candidates: Candidate[], words: Word[], text: string): LineUp[] {
  const lineUps: LineUp[] = [];
  const add = (list: Candidate[], byPositions: boolean) => {
    // A surname with its particle ("De Zeeuw") counts as a single name.
    const singles = list.filter((c) => (c.end - c.start === 1 || (c.end - c.start <= 3 && capitalParticle(words[c.start]))) && !c.title);
    const initialled = list.filter((c) => c.end - c.start === 2 && BARE_INITIALS.test(words[c.start].text)).length;
    if (singles.length >= 4 && singles.length + initialled >= list.length - (byPositions ? 2 : 1)) lineUps.push({ singles, initialled, byPositions });
  };
  for (const list of nameLists(candidates, words)) add(list, false);
  for (const list of teamLines(candidates, words, text)) add(list, true);
  return lineUps;
}

/**
 * "Newcastle: Srnicek; Watson, Peacock, Albert; Lee, Batty (Clark 70); Shearer, Ferdinand.": eight names or more
 * making up a whole line, in groups between two semicolons or more, with bracketed notes allowed.
 */
function teamLines(candidates: Candidate[], words: Word[], text: string): Candidate[][] {
  const lines: Candidate[][] = [];
  let list: Candidate[] = [];
  let semicolons = 0;
  const flush = () => {
    if (list.length >= 8 && semicolons >= 2 && opensLine(words, text, list[0].start) && closesLine(words, text, list[list.length - 1].end)) lines.push(list);
  };
  for (const c of candidates) {
    const joint = list.length ? teamJoint(words, text, list[list.length - 1], c) : -1;
    if (joint >= 0) {
      list.push(c);
      semicolons += joint;
    } else {
      flush();
      list = [c];
      semicolons = 0;
    }
  }
  flush();
  return lines;
}

/** 1 for a semicolon between the two names, 0 for a comma or "and" (after a bracketed note or not), -1 for no joint. */
function teamJoint(words: Word[], text: string, a: Candidate, b: Candidate): number {
  const j = afterNote(words, a.end, b.start);
  if (j < 0) return -1;
  const gap = b.start - j;
  if (gap !== 1 || newlineBetween(text, words[a.end - 1].start, words[b.start].start)) return -1;
  const mark = words[j];
  return mark.text === ';' ? 1 : mark.text === ',' || mark.norm === 'and' ? 0 : -1;
}

/** The name opens its line, or follows the team's name and a colon ("Leeds: Robinson; …"). */
function opensLine(words: Word[], text: string, start: number): boolean {
  const before = words[start - 1];
  if (!before || newlineBetween(text, before.start, words[start].start)) return true;
  return before.text === ':';
}

/** After the name and any bracketed note, the line ends (a full stop may close it). */
function closesLine(words: Word[], text: string, end: number): boolean {
  let j = afterNote(words, end, end + 5);
  if (j < 0) return false;
  if (words[j]?.text === '.') j++;
  return !words[j] || newlineBetween(text, words[j - 1].start, words[j].start);
}

/**
 * The word after a bracketed note that opens at `at` and closes before `limit` ("(capt)", "(Clark 70)"); `at` when
 * there is none, -1 when it does not close in time.
 */
function afterNote(words: Word[], at: number, limit: number): number {
  if (words[at]?.text !== '(') return at;
  let j = at;
  while (j < Math.min(limit, words.length) && words[j].text !== ')') j++;
  return words[j]?.text === ')' ? j + 1 : -1;
}

/** Words that name a company with a corporate word after them ("Rivenhall Holdings", "Acme Inc"). */
function companyStems(words: Word[], text: string): Set<string> {
  const stems = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.cap && CORPORATE_WORDS.has(w.norm) && words[i - 1].cap && words[i - 1].isWord && adjacent(text, words[i - 1], w)) stems.add(words[i - 1].norm);
  }
  return stems;
}
const CORPORATE_WORDS = new Set('holdings group inc inc. corp corp. corporation ltd ltd. llc plc ag gmbh airlines airways industries enterprises'.split(' '));

/** Runs of candidates joined only by commas and "and" ("A, B and C"), in one segment. */
function nameLists(candidates: Candidate[], words: Word[]): Candidate[][] {
  const lists: Candidate[][] = [];
  let list: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const prev = list[list.length - 1];
    if (prev && joinedInList(words, prev, c)) list.push(c);
    else {
      if (list.length > 1) lists.push(list);
      list = [c];
    }
  }
  if (list.length > 1) lists.push(list);
  return lists;
}

function joinedInList(words: Word[], a: Candidate, b: Candidate): boolean {
  const gap = b.start - a.end;
  if (gap < 1 || gap > 2 || words[a.end - 1].possessive || words[a.end].segment !== words[b.start].segment) return false;
  for (let j = a.end; j < b.start; j++) if (words[j].text !== ',' && words[j].norm !== 'and') return false;
  return true;
}

/** Whether a name of two words or more opens with a given name, maybe after an initial ("J. Michael Pearson"). */
function startsWithGivenName(words: Word[], c: Candidate, index: KbIndex): boolean {
  if (c.end - c.start < 2) return false;
  return opensName(words[c.start], index) || (isInitial(words[c.start]) && opensName(words[c.start + 1], index)) || surnameAsGivenName(words, c.start, index);
}

/**
 * "Hamid Karzai", "Kolo Toure": a given name that is also a leader's surname opens a name, but not after an article or
 * a quotation mark ("The Blair Witch Project", the “Blair Babes”).
 */
function surnameAsGivenName(words: Word[], i: number, index: KbIndex): boolean {
  if (!index.givenNamesThatAreSurnames.has(words[i].norm)) return false;
  const prev = words[i - 1];
  return !prev || (!ARTICLES.has(prev.norm) && !QUOTE_MARK.test(prev.text));
}
const QUOTE_MARK = /^["“”‘’'«»]$/;

/**
 * "M. Atherton", "J. Okonkwo": an initial that stands apart ("AT&T." ends a word) and one more name word that is no
 * place ("S. Africa", "N. Korea").
 */
function initialAndSurname(words: Word[], text: string, c: Candidate, index: KbIndex): boolean {
  const initial = words[c.start];
  const surname = words[c.start + 1];
  if (c.end - c.start !== 2 || !isInitial(initial) || WORD_CHAR_BEFORE.test(text.charAt(initial.start - 1)) || !isNameWord(surname)) return false;
  return !isPlace(surname.norm, index) && !(COMPASS_INITIALS.has(initial.text) && HALVES_OF_PLACES.has(surname.norm));
}
/** "N. Carolina", "S. Dakota": compass points before the halves of a place. */
const COMPASS_INITIALS = new Set(['N.', 'S.', 'E.', 'W.']);
const HALVES_OF_PLACES = new Set(['carolina', 'dakota', 'virginia', 'ireland', 'yorkshire', 'sudan', 'timor']);
const WORD_CHAR_BEFORE = /[\p{L}\p{N}&.'’-]/u;

/**
 * "Li Peng", "Kim Young-sam", "Goh Chok Tong": Chinese and Korean names put the family name first, so "Li" alone is
 * Li Peng. A Chinese family name that is no Western given name suffices; "Kim", "Lee" and the like need a hyphenated
 * or two-word given name after them that is no Western one ("Lee Westwood", "Lee Harvey Oswald" stay as they are).
 */
function familyNameFirst(words: Word[], c: Candidate, index: KbIndex): boolean {
  const len = c.end - c.start;
  if (len < 2 || len > 3) return false;
  const first = words[c.start].norm;
  const given = words[c.start + 1];
  if (CHINESE_FAMILY_NAMES.has(first) && len === 2 && !given.text.includes('.')) return true;
  if (!EAST_ASIAN_FAMILY_NAMES.has(first) || isListedGivenName(given, index)) return false;
  return len === 3 ? !isListedGivenName(words[c.start + 2], index) : HYPHEN_INSIDE.test(given.text);
}
const CHINESE_FAMILY_NAMES = new Set(
  'li wang zhang liu chen yang huang zhao zhou xu zhu guo gao luo zheng liang xie deng feng cao zeng xiao cai pan tian dong yuan jiang qian wen xi hu wu tang'.split(' '),
);
/** "Sun-hong", "Kai-shek": a Korean or Chinese given name of two syllables joined by a hyphen. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const HYPHEN_INSIDE = /\p{L}-\p{L}/u;
/** "Hwang Sun-hong", "Park Jong-hwan": a family name and a hyphenated given name start at word i. */
const koreanStyleAt = (words: Word[], i: number): boolean => EAST_ASIAN_FAMILY_NAMES.has(words[i].norm) && HYPHENATED_GIVEN.test(words[i + 1]?.text ?? '');
const EAST_ASIAN_FAMILY_NAMES = new Set([
  ...CHINESE_FAMILY_NAMES,
  ...'kim lee park choi jung kang cho yoon jang lim shin han oh seo kwon hwang song ahn yoo ko moon ban roh chun ma goh tan hong ha bae baek son nam noh jeon jo sung chiang'.split(' '),
]);

/** A given name of either list, alone or in a compound ("Marie-Jose"; "Oscar-winning" is not one). */
function opensName(w: Word | undefined, index: KbIndex): boolean {
  if (!w) return false;
  return isListedGivenName(w, index) || (COMPOUND_GIVEN.test(w.text) && index.listedGivenNames.has(w.norm.slice(0, w.norm.indexOf('-'))));
}

/** In listedGivenNames (by the word's LEX_* flags, kept on the word). */
function isListedGivenName(w: Word, index: KbIndex): boolean {
  return (lex(w, index) & LEX_LISTED_GIVEN) !== 0;
}

/**
 * Pass 2b: a line in capitals ("TENNIS - GRAF BEATS SELES IN FINAL") names the people the article names: a word there
 * that is the surname of one person found, with the given name before it if it is there, is that person.
 */
function namesInCapitals(words: Word[], text: string, table: EntityTable): void {
  const bySurname = new Map<string, Entity | null>();
  for (const e of table.order) {
    if (!e.surname || !e.mentions.some((m) => m.kind === 'name')) continue;
    const other = bySurname.get(e.surname);
    bySurname.set(e.surname, other === undefined || other === e ? e : null);
  }
  if (bySurname.size === 0) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.caps || w.norm.length < 3 || !inCapitalsRun(words, i)) continue;
    const e = bySurname.get(w.norm);
    if (!e) continue;
    // The words before that end the name with it ("LOUIS VAN GAAL", "VAN GAAL"), or the given name ("GEORGE BUSH").
    const name = e.name.toLowerCase();
    let start = i;
    let tail = w.norm;
    for (let j = i - 1; j >= 0 && i - j <= 3 && words[j].caps && words[j].isWord; j--) {
      tail = words[j].norm + ' ' + tail;
      if (name !== tail && !name.endsWith(' ' + tail)) break;
      start = j;
    }
    const given = words[i - 1];
    if (start === i && given?.caps && name.startsWith(given.norm + ' ')) start = i - 1;
    e.mentions.push(mention(words, text, { start, end: i + 1, personCue: false }, start === i));
  }
}

/** Whether the word at i has a word in capitals of more than one letter next to it (punctuation between aside). */
function inCapitalsRun(words: Word[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; j >= 0 && j < words.length && n < 3; j += step, n++) {
      if (!words[j].isWord) continue;
      if (words[j].caps) return true;
      break;
    }
  }
  return false;
}

// Surnames that are words kept out of names ("Jude Law", "Doris Day", "Stephen King"): after a given name they end it.
const WORD_SURNAMES = new Set(['law', 'day', 'king', 'press', 'steel', 'ray', 'east', 'fox', 'white', 'bloomberg', 'dear', 'hall', 'castle', 'lake', 'bay', 'court', 'post']);
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'conservative', 'labour', 'labor', 'tory', 'liberal', 'socialist', 'unionist', 'nationalist']);
const COMPOUND_GIVEN = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}/u;

/** Why a surname used without the full name anywhere in the article names a knowledge-base person. */
function aloneEvidence(c: Candidate, name: string, titled: boolean, repeated: boolean, date: string): string {
  if (titled) return `the article never names ${name} in full; “${c.title!.text}” and the name fit ${name} on ${date} in the knowledge base`;
  if (repeated) return `the article never names ${name} in full; the name alone, used several times, is ${name}, in office within three years of ${date}`;
  return `the article never names ${name} in full; the name alone is ${name}, in office near ${date}, with the country named or as a head of state or government`;
}

/** Pass 2: names used alone, attached to the article's own introductions first, then to the knowledge base. */
function namesAlone(pending: Candidate[], words: Word[], text: string, index: KbIndex, date: string, table: EntityTable, inLineUp: Set<Candidate>, companies: Set<string>, writtenLowerCase: (norm: string) => boolean): void {
  const { order } = table;
  const bySurname = new Map<string, Entity[]>();
  for (const e of order) {
    for (const surname of new Set([e.surname, withoutParticles(e.surname)])) {
      const list = bySurname.get(surname) ?? [];
      list.push(e);
      bySurname.set(surname, list);
    }
  }
  const uses = new Map<string, number>();
  const guessed = new Set<RawMention>();
  const inOffice = (e: Entity) => !!e.kbId && headInOffice(index.people.get(e.kbId)!, date, true);
  for (const c of pending) if (c.end - c.start === 1) uses.set(words[c.start].norm, (uses.get(words[c.start].norm) ?? 0) + 1);
  const repeated = (key: string) => (uses.get(key) ?? 0) >= 2;
  let countries: Set<string> | undefined;
  const countryNamed = (p: KbPerson) => {
    countries ??= countriesIn(words, text, index);
    return (p.terms ?? []).some((t) => countries!.has(t.country));
  };
  // Titled ones first, so that "the Gorbachev plan" finds the "President Gorbachev" named later.
  const ordered = [...pending.filter((c) => c.title), ...pending.filter((c) => !c.title)];
  for (const c of ordered) {
    const w = words[c.start];
    const key = c.end - c.start === 1 ? w.norm : words.slice(c.start, c.end).map((x) => x.norm).join(' ');
    const initials = initialsBefore(words, text, c.start);
    const initialFits = (given: string | undefined) => !initials || initials.startsWith((given ?? '').charAt(0).toUpperCase());
    let introduced = (bySurname.get(key) ?? bySurname.get(withoutParticles(key)) ?? []).filter((e) => (!c.title || titleFitsEntity(c.title, e, index)) && initialFits(givenNameOf(e, index)));
    if (introduced.length > 1 && c.title) {
      // "Mrs. Clinton" and "Mr. Clinton" tell the two Clintons apart.
      const female = honorificGender(c.title.text);
      if (female !== undefined) {
        const fit = introduced.filter((e) => hasWomansGivenName(e.name) === female);
        if (fit.length) introduced = fit;
      }
    }
    // "President Obama" after "Barack Obama" and "Michelle Obama": of several introduced, the one who held the office.
    if (c.title?.word.leadership && c.title.word.kb.length && introduced.length > 1) {
      const title = c.title;
      const holders = introduced.filter((e) => !!e.kbId && heldTitleBy(index.people.get(e.kbId)!, title.word, date));
      if (holders.length) introduced = holders;
    }
    // "President Obama" after "Michelle Obama", "President Bush" after "Jeb Bush": an office that the article's person of
    // that name was not introduced with, but that someone of the name in the knowledge base held by then, is theirs.
    if (c.title?.word.leadership && c.title.word.kb.length && introduced.length && introduced.every((e) => !e.kbId && !e.leader)) {
      const title = c.title;
      const heldBefore = (index.surnames.get(key) ?? []).some((id) => heldTitleBy(index.people.get(id)!, title.word, date));
      if (heldBefore) introduced = [];
    }
    // "Sir Alex", "Dame Kelly": a knight or a dame goes by the given name, never by a surname of that spelling.
    const knightsGivenName = !!c.title && KNIGHTHOOD.has(c.title.word.display) && c.end - c.start === 1 && index.givenNames.has(key);
    if (knightsGivenName) {
      const byGiven = order.filter((e) => givenNameOf(e, index) === key);
      const target = byGiven.length === 1 ? byGiven[0] : nearestBefore(byGiven, w.start, guessed, inOffice).target;
      if (target) {
        target.mentions.push(mention(words, text, c, true));
        continue;
      }
      introduced = [];
    }
    const cued = !AMBIGUOUS_SURNAMES.has(key) || !!c.title || c.personCue || w.possessive || (introduced.length > 0 && surnameInProse(words, c));
    // "the Arts Council of Wales" after "Good Morning Wales": a place alone is no surname of a name without a given name.
    if (!c.title && isPlace(key, index)) introduced = introduced.filter((e) => index.givenNames.has(givenNameOf(e, index) ?? ''));
    // "Rivenhall shares slump … Rivenhall Holdings … founded by Edward Rivenhall": before its founder is named, a
    // company's name alone is the company.
    if (!c.title && companies.has(key) && introduced.every((e) => e.mentions.every((m) => m.start > w.start))) continue;
    if (introduced.length >= 1 && cued) {
      const { target, ambiguous } = introduced.length === 1 ? { target: introduced[0], ambiguous: false } : nearestBefore(introduced, w.start, guessed, inOffice);
      if (!target) continue;
      if (c.title?.word.leadership && !target.leader && !target.kbId) {
        target.leader = true;
        target.textTitle = c.title;
      }
      const m = mention(words, text, c, true);
      if (ambiguous) guessed.add(m);
      target.mentions.push(m);
      continue;
    }
    // A given name alone ("Saddam", "Hillary") is the one person introduced in full with it, unless it is also a surname.
    // "the Star of David", "the Museum of Art": after a capitalised word and "of" it ends the name of a thing.
    if (introduced.length === 0 && c.end - c.start === 1 && !c.title && index.givenNames.has(key) && !AMBIGUOUS_SURNAMES.has(key) && !GIVEN_ALSO_THINGS.has(key) && !NOT_NAME.has(key) && !index.countryWords.has(key) && !afterNameOf(words, text, c.start)) {
      const byGiven = order.filter((e) => givenNameOf(e, index) === key);
      if (byGiven.length === 1 && !index.surnames.has(key) && !relativeOf(words, c.start, byGiven[0])) {
        byGiven[0].mentions.push(mention(words, text, c, true));
        continue;
      }
      // A known given name with a person cue and nobody introduced: someone known by one name ("Saddam said").
      if (byGiven.length === 0 && c.personCue && !index.surnames.has(key) && !COMMON_SURNAMES.has(key) && !NOT_NAME.has(key)) {
        const name = nameText(words, text, c.start, c.end);
        const ekey = 'text:' + slug(name);
        const e = table.entityFor(ekey, name, key);
        e.evidence ??= `“${name}” is a given name, used alone beside a speech verb`;
        e.mentions.push(mention(words, text, c, false));
        bySurname.set(key, [...(bySurname.get(key) ?? []).filter((x) => x !== e), e]);
        continue;
      }
    }
    // With a title, the person must have held it by the date: "President Bush" in 1991 is not George W. Bush.
    const kbIds = knightsGivenName ? [] : (index.surnames.get(key) ?? []).filter((id) => initialFits(index.givenOf.get(id))).filter((id) => !c.title || (titleFitsKb(c.title, index.people.get(id)!) && !onlyLater(c.title, index.people.get(id)!, date) && heldOfficeNamed(c.title, index.people.get(id)!)));
    // A surname in a team line-up, a match summary or a scorecard ("Rasmussen" among rugby players, "(Deane 55 pen)")
    // is no leader unless the article introduced one.
    const inResults = !c.title && (inLineUp.has(c) || goalScorer(words, text, c.start, c.end) || cricketScorecard(words, c.start, c.end) || substitution(words, c.start, c.end));
    const kbId = inResults ? undefined : chooseKb(kbIds, index, date, c.title);
    // An office names the person; "Mr" or "Dr" before a common surname ("Mr Smith", "Mr Wang") names only someone in
    // office about then ("Mr Brown" in 2005 is Gordon Brown).
    const titled =
      !!c.title &&
      (c.title.word.leadership ||
        (!!kbId && distanceFromDate(index.people.get(kbId)!, date) < (!COMMON_SURNAMES.has(key) && !AMBIGUOUS_SURNAMES.has(key) ? HONORIFIC_REACH_DAYS : 183)));
    // Alone, a surname names a leader within three years of office. Used once, it needs the office near and the
    // leader's country named, or a head of state or government in office, unless it opens a sentence as a word the
    // article also writes in lower case or before a capital or an adjective ("Key Democratic lawmakers", "Key economic
    // reforms"); not "Mori" in 2005 for a
    // president of 2007, nor "Costa reported" in a US story of 2015. Used twice or more it is the article's topic
    // ("Trump" in 2016). An initialism ("IOG") needs the person named or a cue.
    const alone =
      !!kbId &&
      cued &&
      !AMBIGUOUS_SURNAMES.has(key) &&
      !NOT_NAME.has(key) &&
      !index.countryWords.has(key) &&
      !index.givenNames.has(key) &&
      !COMMON_SURNAMES.has(key) &&
      (repeated(key) || (countryNamed(index.people.get(kbId)!) && nearOffice(index.people.get(kbId)!, date, 3 * 365, 90)) || (!(w.sentenceStart && (words[c.end]?.cap || writtenLowerCase(key) || adjectiveAfter(words[c.end]))) && headInOffice(index.people.get(kbId)!, date))) &&
      distanceFromDate(index.people.get(kbId)!, date) < 3 * 365 &&
      (!w.caps || index.surnameOf.get(kbId) === key || c.personCue || table.has(kbId));
    if (kbId && (titled || (c.personCue && familyHeadInOffice(key, kbId, index, date)) || alone)) {
      const e = table.kbEntity(kbId);
      const m = mention(words, text, c, true);
      if (!table.has(kbId) || e.mentions.every((x) => x.kind !== 'name' || x.surnameOnly)) m.evidence = aloneEvidence(c, e.name, titled, alone && repeated(key), date);
      e.mentions.push(m);
      const list = bySurname.get(e.surname) ?? [];
      if (!list.includes(e)) bySurname.set(e.surname, [...list, e]);
      continue;
    }
    // A scorer in a match summary ("(Wright 34, Del Piero 70)") or a cricket scorecard, or a surname of a telling shape
    // with a person cue ("Maskhadov said"), is someone even without a given name.
    // An article ("Le Monde", "El Watan", "Der Spiegel") opens the name of a paper as often as a surname.
    const one = c.end - c.start === 1;
    const withParticle = !one && c.end - c.start <= 3 && capitalParticle(w);
    if (!c.title && (one || withParticle) && c.personCue && (goalScorer(words, text, c.start, c.end) || cricketScorecard(words, c.start, c.end) || (one && SURNAME_SHAPE.test(key) && !placeContext(words, c.start)) || (withParticle && !ARTICLE_PARTICLES.has(w.norm))) && !isPlace(key, index)) {
      const name = one ? w.text : nameText(words, text, c.start, c.end);
      const e = table.entityFor('text:' + slug(name), name, key);
      e.evidence ??= goalScorer(words, text, c.start, c.end) || cricketScorecard(words, c.start, c.end) ? 'a scorer in a match summary or a scorecard' : 'a surname beside a speech verb';
      e.mentions.push(mention(words, text, c, false));
      bySurname.set(key, [...(bySurname.get(key) ?? []).filter((x) => x !== e), e]);
      continue;
    }
    // "King Kong", "the Queen Mother", "King Crimson": a royal title before one word that is no given name names no one.
    const royalWithoutName = ROYAL_TITLES.has(c.title?.word.display ?? '') && c.end - c.start === 1 && !index.givenNames.has(key);
    // "Premier Rugby" in a story about rugby: one word the article also writes in lower case, and known as no name, is
    // the title's object rather than a surname.
    const commonWord = one && writtenLowerCase(key) && !COMMON_SURNAMES.has(key) && !index.surnames.has(key) && !index.givenNames.has(key);
    // A peer is often named after a place ("Baroness Scotland", "Lord Falconer of Thoroton").
    if (c.title && (!isPlace(key, index) || PEERAGE.has(c.title.word.display)) && !royalWithoutName && !commonWord) {
      const name = nameText(words, text, c.start, c.end);
      const ekey = 'text:' + slug(name);
      // "FBI lawyer Jim Baker … Mr. Baker": a full name here (a knowledge-base name the title ruled out) is found by
      // its last word later.
      const surname = one ? key : words[c.end - 1].norm;
      const e = table.entityFor(ekey, name, surname);
      e.evidence ??= titleEvidence(c.title);
      if (c.title.word.leadership && !e.leader) {
        e.leader = true;
        e.textTitle = c.title;
      }
      e.mentions.push(mention(words, text, c, one));
      bySurname.set(surname, [...(bySurname.get(surname) ?? []).filter((x) => x !== e), e]);
    }
  }
}

/** Word i follows "of" after a capitalised word inside a sentence that is no title ("Star of", not "President of"). */
function afterNameOf(words: Word[], text: string, i: number): boolean {
  const of = words[i - 1];
  const head = words[i - 2];
  return of?.norm === 'of' && !!head && head.cap && !head.sentenceStart && !head.possessive && !TITLE_WORDS.has(head.norm) && adjacent(text, head, of) && adjacent(text, of, words[i]);
}

const KIN = new Set('son daughter wife husband brother sister father mother nephew niece cousin uncle aunt grandson granddaughter stepson stepdaughter'.split(' '));

/** "Bush's son, George": a given name after a kin word and someone's possessive names their relative, not them. */
function relativeOf(words: Word[], i: number, e: Entity): boolean {
  let j = i - 1;
  if (words[j]?.text === ',') j--;
  const owner = words[j - 1];
  return !!words[j] && KIN.has(words[j].norm) && !!owner?.possessive && owner.norm === e.surname;
}

function wordBeforeFullName(words: Word[], text: string, i: number, index: KbIndex, inLowerCase: (norm: string) => boolean): boolean {
  const w = words[i];
  const given = words[i + 1];
  const surname = words[i + 2];
  if (!given || !surname || !adjacent(text, w, given) || !adjacent(text, given, surname) || w.possessive || given.possessive) return false;
  if (!isListedGivenName(given, index) || !isNameWord(surname) || (lex(surname, index) & LEX_TITLE) !== 0) return false;
  if (isListedGivenName(w, index) || (lex(w, index) & (LEX_GIVEN | LEX_SURNAME | LEX_TITLE)) !== 0 || isParticle(w) || CHINESE_FAMILY_NAMES.has(w.norm) || EAST_ASIAN_FAMILY_NAMES.has(w.norm)) return false;
  return (DESCRIPTION_ENDING.test(w.norm) || inLowerCase(w.norm)) && !inLowerCase(given.norm);
}
const DESCRIPTION_ENDING = /\p{L}{3}(?:man|woman|men|er|ers|or|ors|ist|ists|ite|ites|ies|ing|ans)$/u;

function modalWill(words: Word[], i: number, index: KbIndex, inLowerCase: (norm: string) => boolean): boolean {
  const next = words[i + 1];
  if (!next?.isWord || !next.cap) return false;
  if (inLowerCase(next.norm) && (lex(next, index) & LEX_SURNAME) === 0 && !AMBIGUOUS_SURNAMES.has(next.norm) && !COMMON_SURNAMES.has(next.norm)) return true;
  if (!words[i].sentenceStart) return false;
  for (let j = i + 2; j < words.length && j < i + 40; j++) {
    const t = words[j].text;
    if (t === '?') return true;
    if (t === '.' || t === '!' || words[j].sentenceStart) return false;
  }
  return false;
}

/** "Key economic reforms": an adjective after a capitalised first word makes that word a modifier, not a surname. */
function adjectiveAfter(w: Word | undefined): boolean {
  return !!w && w.isWord && !w.cap && ADJECTIVE_ENDING.test(w.norm);
}
const ADJECTIVE_ENDING = /\p{L}{3}(?:ic|al|ive|ous|ary|ful|less)$/u;

/**
 * "Blair backs Brown over budget row" after "Gordon Brown": a surname that is also a word names the person introduced
 * in full when it stands capitalised inside a sentence, between lower-case words that are no preposition or article
 * ("in May", "the Green vote", "Brown University", "speaks French" stay what they were).
 */
function surnameInProse(words: Word[], c: Candidate): boolean {
  const w = words[c.start];
  const prev = words[c.start - 1];
  const next = words[c.end];
  if (c.end - c.start !== 1 || w.sentenceStart || NOT_SURNAME_IN_PROSE.has(w.norm) || !prev?.isWord || prev.cap || NOT_BEFORE_SURNAME.has(prev.norm)) return false;
  return !next || !next.isWord || (!next.cap && !/^\d/.test(next.text));
}
// Months, languages and names of firms, papers or money that the same article may use in their other sense.
const NOT_SURNAME_IN_PROSE = new Set('may march april june august english french german dutch irish scottish welsh swiss polish ford fox sun mark gold silver'.split(' '));
const NOT_BEFORE_SURNAME = new Set('in on at since until by from to of the a an this that these those last next every each early late mid its their our'.split(' '));

/** "M Blair", "KP Robertson" in a team list: the bare initials right before a surname, or null. */
function initialsBefore(words: Word[], text: string, i: number): string | null {
  const p = words[i - 1];
  // "A Blair aide", "I Blair" are an article and a pronoun.
  if (!p || !adjacent(text, p, words[i]) || !/^\p{Lu}{1,2}\.?$/u.test(p.text) || p.text === 'A' || p.text === 'I') return null;
  return p.text.replace('.', '');
}

/** "Reid for Murphy (47)": a replacement and the player replaced, with the minute in brackets. */
function substitution(words: Word[], start: number, end: number): boolean {
  const minuteAfter = (k: number) => words[k]?.text === '(' && /^\d{1,3}$/.test(words[k + 1]?.text ?? '') && words[k + 2]?.text === ')';
  if (words[end]?.norm === 'for' && words[end + 1]?.cap && minuteAfter(end + 2)) return true;
  return words[start - 1]?.norm === 'for' && !!words[start - 2]?.cap && minuteAfter(end);
}

/** Pass 3: descriptions ("the Russian leader"); returns those attached to no one. */
const VERB_AFTER_SUBJECT = /^\s(?:said|says|told|tells|added|adds|has|had|is|was|will|would|did|does|insisted|argued|warned|announced|admitted|urged|claimed|denied|replied|wrote|stated|noted|explained)\b/;

/** The name ending at `end` is the object of a preposition that opens its sentence ("Against Clinton, …"). */
function openingPhrase(text: string, e: Entity, end: number): boolean {
  const m = e.mentions.find((x) => x.kind === 'name' && x.end === end);
  if (!m) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return OPENING_PREPOSITION.test(before);
}
const OPENING_PREPOSITION = /(?:^|[.!?]\s+|\n\s*)(?:Against|Unlike|Like|Besides|Beside|Behind|After|Before|With|Without|For|From|Over|Among|Alongside|Compared with|Compared to)\s+$/;

function descriptions(words: Word[], text: string, index: KbIndex, date: string, table: EntityTable): RawMention[] {
  const { order } = table;
  const unattached: RawMention[] = [];
  // An apposition ("Piet Hoogland, the country's prime minister,") is the person just named.
  const nameEnds = new Map<number, Entity>();
  for (const e of order) for (const m of e.mentions) if (m.kind === 'name') nameEnds.set(m.end, e);
  for (const d of findDescriptions(words, text, index)) {
    let k = d.start;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u00a0')) k--;
    // "Cherie Blair, the prime minister's wife": a possessive description modifies the apposition's head, and is someone else.
    const possessive = /^['’]s?\b/.test(text.slice(d.end, d.end + 3)) || /['’]s?$/.test(d.text);
    // "Echoing Condoleezza Rice, the prime minister said": a description that a verb follows is the clause's subject.
    // "Against Clinton, the Ohio governor earned 51 percent": a name in a phrase that opens the sentence is not described.
    const named = text[k - 1] === ',' && k < d.start && !possessive && !LIST_GOES_ON.test(text.slice(d.end, d.end + 60)) && !VERB_AFTER_SUBJECT.test(text.slice(d.end, d.end + 20)) ? nameEnds.get(k - 1) : undefined;
    const appositive = named && !openingPhrase(text, named, k - 1) ? named : undefined;
    const target = appositive && !d.former ? appositive : resolveDescription(d, order, index, date, text);
    const m: RawMention = { start: d.start, end: d.end, text: d.text, kind: 'description', headline: d.headline, words: [], surnameOnly: false };
    if (target === 'ambiguous' || target === null) {
      unattached.push(m);
      continue;
    }
    if (typeof target === 'string') {
      const status = index.knowledge.status;
      m.evidence =
        date > status
          ? `no one named in this article fits it, and the knowledge base has one holder of that office on ${status}, its own date; it cannot tell who held it on ${date}`
          : `no one named in this article fits it, and the knowledge base has one holder of that office on ${date}`;
      table.kbEntity(target).mentions.push(m);
    } else {
      m.evidence = target === appositive ? 'set off by commas right after the name' : `the one person named in this article who fits it on ${date}`;
      target.mentions.push(m);
    }
  }
  return unattached;
}

// ---- Names ---------------------------------------------------------------------------------------------------

// Capitalised heads (plurals among them) that end the name of a place, organisation or work rather than a person.
const NOT_PERSON_LAST = new Set(
  ('show center centre tower towers memorial museum canyon valley avenue boulevard library hospital airport stadium arena university college school ' +
    'institute foundation organization organisation group inc corp co ltd llc plc company administration doctrine act ' +
    'prize award awards cup trophy fund trust county city international estate estates heights highway expressway ' +
    'tunnel medal scholarship fellowship lecture era presidency campaign program programme project initiative network ' +
    'party pit watch register gazette observer chronicle inquirer examiner bulletin tribune courant dispatch ministries file factor report ' +
    'societies breweries registries trustees managers advocates slams teachers nurses doctors students farmers movement brothers bros bros. sons hills networks story experience unit bible version ' +
    'garden gardens lab labs laboratory laboratories academy zoo theater theatre orchestra').split(' '),
);

// Given names that alone more often name a club, place, prize or brand ("Chelsea said", "an Oscar").
const GIVEN_ALSO_THINGS = new Set(
  ('chelsea oscar virginia georgia jordan victoria charlotte austin madison florence sydney paris mercedes ' +
    'will mark bill rob sue frank grace joy hope faith rose lily ruby jack chuck pat sandy dawn summer').split(' '),
);

const COMMON_SURNAMES = new Set(
  (
    'smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson white harris ' +
    'clark lewis lee walker hall allen young king wright scott green baker adams nelson carter mitchell roberts ' +
    'turner phillips campbell parker evans edwards collins stewart morris rogers reed cook morgan bell murphy bailey ' +
    'cooper howard ward cox brooks kelly sanders price bennett wood barnes ross henderson coleman jenkins perry ' +
    'powell long patterson hughes washington butler foster bryant alexander russell griffin hayes ford graham ' +
    'sullivan wallace west cole hunt black stone gray rice kennedy lincoln jordan may major khan ali kim park singh ' +
    'kumar wang li zhang liu chen yang'
  ).split(' '),
);
/** Political families: the name alone is someone else at most dates, but the one of them in power at the article's. */
const LEADER_FAMILIES = new Set(['bush', 'clinton', 'kennedy', 'gandhi', 'sharif', 'bhutto']);
for (const name of LEADER_FAMILIES) COMMON_SURNAMES.add(name);

function headInOffice(p: KbPerson, date: string, orMonarch = false): boolean {
  return (p.terms ?? []).some((t) => (t.role === 'head_of_state' || t.role === 'head_of_government' || (orMonarch && t.role === 'monarch')) && termOn(t, date) === 'yes');
}

/** The person held an office of this title that had begun by the date. */
function heldTitleBy(p: KbPerson, title: TitleWord, date: string): boolean {
  return (p.terms ?? []).some((t) => termHasTitle(t, title) && (dateRange(t.start)?.[0] ?? '9999') <= date);
}

function titleEvidence(title: TitleInfo): string {
  return `introduced with the title “${title.text}”`;
}

/** "Clinton said" in 1996: a leader family's name alone, with a speech cue, is the one heading a state or government then. */
function familyHeadInOffice(key: string, kbId: string | undefined, index: KbIndex, date: string): boolean {
  return !!kbId && LEADER_FAMILIES.has(key) && headInOffice(index.people.get(kbId)!, date);
}

function adjacent(_text: string, a: Word, b: Word): boolean {
  return a.adj && b.i === a.i + 1;
}
// Regular expressions live at module level: a literal with \p{..} inside a function is rebuilt on every call once bundled.
const ABBREVIATION = /^\p{Lu}\p{Ll}*\.$/u;
const INITIAL = /^\p{Lu}\.$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const UPPER_START = /^\p{Lu}/u;
const MARKS = /\p{M}/gu;

/** Ends with a period ("Gov.", "J."): the only words the abbreviation patterns can match. */
const endsWithPeriod = (w: Word) => w.text.charCodeAt(w.text.length - 1) === 46;

function isNameWord(w: Word | undefined): boolean {
  return !!w && w.isWord && w.cap && !w.caps && !NOT_NAME.has(w.norm) && !(endsWithPeriod(w) && ABBREVIATION.test(w.text));
}

function isInitial(w: Word | undefined): boolean {
  return !!w && w.text.length <= 3 && INITIAL.test(w.text);
}

/** Particles by length and first character, compared whole: no lower-case word is hashed just to learn it is none. */
const MAX_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
const PARTICLES_BY_START: (string[] | undefined)[] = new Array((MAX_PARTICLE + 1) * 128).fill(undefined);
const OTHER_PARTICLES = new Set<string>();
for (const p of NAME_PARTICLES) {
  const c = p.charCodeAt(0);
  if (c >= 128) {
    OTHER_PARTICLES.add(p);
    continue;
  }
  const key = p.length * 128 + c;
  (PARTICLES_BY_START[key] ??= []).push(p);
}
/** "al-Zawahiri", "el-Sisi": the article joined to a surname continues a name ("Ayman al-Zawahiri"). */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|ar|az|at|an)-\p{Lu}\p{Ll}/u;
/** The surname without its particles: "Van Hooijdonk" and "Bin Laden" are "Hooijdonk" and "Laden"; "al-Zawahiri" is "Zawahiri". */
const withoutParticles = (norm: string): string => norm.replace(LEADING_PARTICLES, '').replace(LEADING_ARABIC_ARTICLE, '');
const LEADING_PARTICLES = /^(?:(?:van|von|de|der|den|del|della|di|da|do|dos|das|du|le|la|ter|bin|ibn|al|el|abu) )+/;
const LEADING_ARABIC_ARTICLE = /^(?:al|el)-/;

/** "De", "Van", "Le": a capitalised particle of two letters or more (a capital "E" or "Y" is an initial). */
function capitalParticle(w: Word): boolean {
  return w.cap && w.norm.length > 1 && isParticle(w);
}
const ARTICLE_PARTICLES = new Set(['le', 'la', 'el', 'der', 'das', 'den', 'al']);

const isParticle = (w: Word): boolean => {
  const n = w.norm;
  if (n.length > MAX_PARTICLE || n.length === 0) return false;
  const c = n.charCodeAt(0);
  if (c >= 128) return OTHER_PARTICLES.has(n);
  const list = PARTICLES_BY_START[n.length * 128 + c];
  if (!list) return false;
  for (let k = 0; k < list.length; k++) if (list[k] === n) return true;
  return false;
};

/** The word's LEX_* flags: one lookup per word, kept on the word. */
function lex(w: Word, index: KbIndex): number {
  let f = w.lex;
  if (f < 0) {
    w.lex = f = index.lexFlags.get(w.norm) ?? 0;
  }
  return f;
}

/** The name (with its title) that starts at word i, "blocked" when it is part of a place name, or null. */
function nameAt(words: Word[], text: string, i: number, index: KbIndex, strictHeadline: boolean, inLowerCase: (norm: string) => boolean): Candidate | 'blocked' | null {
  const w = words[i];
  if (!w.isWord) return null;
  // Knowledge-base names and aliases first: they may contain words that otherwise end a name ("MBS", "Leo XIV").
  // Most words are lower case and no particle: nothing can start there.
  const particle = isParticle(w);
  if (!w.cap && !particle) return null;
  let kbEnd = -1;
  let kbIds: string[] | undefined;
  const wf = lex(w, index);
  if ((wf & LEX_NAME_START) !== 0) {
    let key = '';
    let skipped = 0;
    for (let j = i; j < Math.min(words.length, i + index.maxNameTokens + skipped); j++) {
      if (j > i && (!adjacent(text, words[j - 1], words[j]) || words[j - 1].possessive)) break;
      // The first word is a name start, hence a prefix (LEX_NAME_START above).
      if (j === i) key = words[j].norm;
      else {
        const longer = key + ' ' + words[j].norm;
        if (!index.namePrefixes.has(longer)) {
          // "Vladimir V. Putin", "John R. Kasich": a middle initial that the knowledge base does not write.
          if (j === i + 1 && isInitial(words[j]) && words[j].text.endsWith('.')) {
            skipped = 1;
            continue;
          }
          break;
        }
        key = longer;
      }
      const ids = index.names.get(key);
      if (ids) {
        kbEnd = j + 1;
        kbIds = ids;
      }
    }
  }
  // "Henri Josserand" is not Grand Duke Henri: a one-word knowledge-base name that is a given name or a monarch's one
  // name, followed by another name word, starts someone else's name.
  if (kbEnd === i + 1 && !w.possessive && ((wf & LEX_GIVEN) !== 0 || kbIds!.every((id) => !index.people.get(id)?.name.includes(' ')))) {
    const n = words[i + 1];
    if (n && adjacent(text, w, n) && n.cap && isNameWord(n) && (lex(n, index) & (LEX_TITLE | LEX_COUNTRY)) === 0) {
      kbEnd = -1;
      kbIds = undefined;
    }
  }
  if (kbEnd < 0 && index.surnames.size && particle) {
    // "von der Leyen", "bin Salman" used alone.
    let key = w.norm;
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
      if (!adjacent(text, words[j - 1], words[j]) || words[j - 1].possessive) break;
      key += ' ' + words[j].norm;
      if (index.surnames.has(key)) {
        kbEnd = j + 1;
        kbIds = index.surnames.get(key);
      }
    }
  }
  if (kbEnd < 0) {
    // "Del Piero", "De Gea": a capitalised particle may open a surname.
    const openingParticle = particle && isNameWord(words[i + 1]) && adjacent(text, w, words[i + 1]);
    if (!w.cap || w.caps || !(isNameStart(w, wf) || openingParticle || koreanStyleAt(words, i) || surnameAfterHonorific(words, text, i, wf)) || ROLE_WORDS.has(w.norm)) return null;
    // "Paris-based Euronext", "Dutch-born Anton Corbijn": a compound modifier is no name.
    if (MODIFIER_ENDING.test(w.norm)) return null;
    // "the Under Secretaries", "Senators Ted Cruz and …": a title in the plural is no name, and before words that
    // open no name it heads the name of a body ("the Kings Own Scottish Borderers").
    if (PLURAL_TITLES.has(w.norm)) {
      const n = words[i + 1];
      return n && n.cap && adjacent(text, w, n) && (lex(n, index) & (LEX_GIVEN | LEX_TITLE)) === 0 && !isListedGivenName(n, index) ? 'blocked' : null;
    }
    // "the Deputy Prime Minister": the first word of a title of several words is no name.
    if (TITLE_FIRST_WORDS.has(w.norm) && titleStartsAt(words, text, i)) return null;
    // "Chief of Staff Katie Walsh": nor is the last word of a title of several words.
    if (TITLE_LAST_WORDS.has(w.norm) && (titleEndingAt(words, text, i)?.start ?? i) < i) return null;
    // "Sex Pistol John Lydon", "Committeeman Curly Haugland", "Celebrities Julianne Moore": a word of the language before a
    // given name and a surname is a description, and the name starts after it.
    if (wordBeforeFullName(words, text, i, index, inLowerCase)) return null;
    // "Hillary Will Be Unprecedented", "Will Sanders come back?": "Will" before a verb, or opening a question, is the
    // modal, not a given name.
    if (w.norm === 'will' && modalWill(words, i, index, inLowerCase)) return null;
    // "Later Clinton said": a capitalised first word of a sentence starts a name only if it is a known given name or
    // an initial ("N. Hussain" opening a scorecard line).
    const next = words[i + 1];
    const givenAtStart = w.sentenceStart && (isInitial(w) || (wf & LEX_GIVEN) !== 0 || isListedGivenName(w, index) || index.givenNamesThatAreSurnames.has(w.norm));
    if (w.sentenceStart && !givenAtStart && next && next.cap && adjacent(text, w, next) && !w.possessive && (lex(next, index) & (LEX_SURNAME | LEX_NAME_START | LEX_GIVEN)) !== 0 && !unlistedGivenNameAtStart(words, text, i, index, inLowerCase)) return null;
    // "Miner Highland Gold said", "Carmaker Tata said": a word for an organisation opening the sentence is no name
    // (the organisation's name follows it).
    if (w.sentenceStart && !givenAtStart && ORGANISATION_HEADS.has(w.norm) && next?.cap && adjacent(text, w, next)) return null;
    // "Interestingly Blocher, …": an adverb opening the sentence is no name.
    if (w.sentenceStart && !givenAtStart && ADVERB_ENDING.test(w.norm)) return null;
  }
  // Extend over the rest of the name.
  let end = kbEnd > 0 ? kbEnd : i + 1;
  if (kbEnd < 0) {
    const givenFirst = (wf & LEX_GIVEN) !== 0;
    while (end < words.length && end - i < MAX_NAME_TOKENS && !words[end - 1].possessive && adjacent(text, words[end - 1], words[end])) {
      const n = words[end];
      // "Antonio "LA" Reid", "Marion “Suge” Knight": a nickname in quotation marks between a given name and a surname.
      const afterNickname = end === i + 1 && (givenFirst || isListedGivenName(w, index)) ? nicknameEnd(words, text, end) : -1;
      if (afterNickname > 0) {
        end = afterNickname;
        continue;
      }
      // A lower-case word other than a particle continues no name (each branch below needs a capital or a particle).
      if (!n.cap && !isParticle(n) && !ARABIC_ARTICLE.test(n.text)) break;
      // "Five Iraqis", "Two Americans": people of a country, not a surname.
      if (n.norm.endsWith('s') && index.countryWords.has(n.norm.slice(0, -1))) break;
      // "the Carwyn James-inspired Lions", "Hong Kong-based": a compound modifier ends the name before it.
      if (MODIFIER_ENDING.test(n.norm)) break;
      // "Certainly Donald Trump", "Crooked Hillary Clinton": a knowledge-base full name starts a new name.
      const nf = lex(n, index);
      if ((nf & LEX_NAME_START) !== 0 && kbFullNameAt(words, text, end, index)) break;
      if (isNameWord(n) && (nf & LEX_TITLE) === 0 && ((nf & LEX_COUNTRY) === 0 || (givenFirst && end === i + 1))) end++;
      else if (end === i + 1 && WORD_SURNAMES.has(n.norm) && (givenFirst || isListedGivenName(w, index)) && !isNameWord(words[end + 1])) end++;
      else if (isInitial(n) || (NAME_SUFFIXES.has(n.norm) && n.cap) || ARABIC_ARTICLE.test(n.text)) end++;
      else if (NAME_PARTICLES.has(n.norm) && isNameWord(words[end + 1]) && adjacent(text, n, words[end + 1])) end += 2;
      // "Jeroen van der Veer", "Rodrigo de la Serna": two particles.
      else if (NAME_PARTICLES.has(n.norm) && NAME_PARTICLES.has(words[end + 1]?.norm ?? '') && isNameWord(words[end + 2]) && adjacent(text, n, words[end + 1]) && adjacent(text, words[end + 1], words[end + 2])) end += 3;
      else break;
    }
  } else if (end < words.length && !words[end - 1].possessive && adjacent(text, words[end - 1], words[end])) {
    // "Donald Trump Jr." is someone else.
    const n = words[end];
    if (NAME_SUFFIXES.has(n.norm) && n.cap && n.text !== 'V') return { start: i, end: end + 1, personCue: true, title: titleBefore(words, text, i, index) };
  }
  // Names that are part of a place or organisation ("Trump Tower", "Kennedy Center", "Lincoln Memorial").
  const after = words[end];
  if (kbEnd < 0 && after && after.cap && !words[end - 1].possessive && adjacent(text, words[end - 1], after) && TITLE_WORDS.get(after.norm)?.leadership && isNameWord(words[end + 1]) && adjacent(text, after, words[end + 1])) return null;
  // "The Sean Hannity Show", "the Bill Clinton Presidential Library": a name ending in such a head is no person.
  if (kbEnd < 0 && end - i > 1 && NOT_PERSON_LAST.has(words[end - 1].norm)) return 'blocked';
  if (after && !words[end - 1].possessive && after.cap && adjacent(text, words[end - 1], after) && (NAME_BLOCKING_HEADS.has(after.norm) || after.norm === 'post' || after.norm === 'times')) return 'blocked';
  const before = words[i - 1];
  if (before && before.cap && before.isWord && !before.sentenceStart && adjacent(text, before, w) && !before.possessive && !TITLE_WORDS.has(before.norm) && !TITLE_MODIFIERS.has(before.norm) && !index.countryWords.has(before.norm) && NOT_NAME.has(before.norm) && !['the', 'and', 'but', 'of'].includes(before.norm)) {
    // "Goldman Sachs"-style runs after a capitalised non-name word ("Federal Reserve Chair Jerome Powell" is handled by titles);
    // a party member's given name starts a name ("Democrat Ellen Tauscher", "Liberal Democrat Sarah Teather").
    if (!kbIds && !(PARTY_MEMBERS.has(before.norm) && (isListedGivenName(w, index) || (wf & LEX_GIVEN) !== 0))) return null;
  }
  if (strictHeadline && !kbIds && end - i > 1) {
    // Title-case lines capitalise every word: accept a given name and the one word after it ("Steve Jobs Unveils"), or
    // two words before a country in brackets (a results table: "1. Xolani Mvubu ( South Africa ) 10.09").
    // "Jose Maria Olazabal ( Spain )", "Matt Le Tissier ( Southampton )": three words when the middle one is a given
    // name or a particle and a bracket follows.
    const middle = words[i + 1];
    const threeBeforeBracket = end === i + 3 && words[end]?.text === '(' && (isListedGivenName(middle, index) || NAME_PARTICLES.has(middle.norm));
    // "Marine Le Pen Backs Trump": a particle takes the word after it.
    const particleSurname = end >= i + 3 && NAME_PARTICLES.has(middle.norm) && isListedGivenName(w, index);
    if (particleSurname) end = i + 3;
    else if (!threeBeforeBracket) end = Math.min(end, i + 2);
    // "Zoe Questioned Over Finances", "Megyn Kelly Is …", "Hillary Releasing …": a verb after the name ends it.
    const second = words[i + 1];
    if (end === i + 2 && (lex(second, index) & (LEX_SURNAME | LEX_GIVEN)) === 0 && (PAST_FORM.test(second.norm) || (inLowerCase(second.norm) && (second.norm.endsWith('ing') || AUXILIARY_VERBS.has(second.norm))))) end = i + 1;
    const bracketed = end === i + 2 && words[end]?.text === '(' && countryInBrackets(words, end + 1, index);
    if (!isListedGivenName(w, index) && !bracketed && !koreanStyleAt(words, i) && !(particle && end === i + 2)) return null;
  }
  // "a speech in Edinburgh, the prime minister said": a name right after "in" is a place, not the one described.
  const inPlace = !kbIds && words[i - 1]?.isWord && PLACE_PREPOSITIONS.has(words[i - 1].norm);
  const titled = titleBefore(words, text, i, index);
  // "Deputy High Court Judge Jo Roe", "Chief Operating Officer of Sony": a word between two titles is part of one title;
  // after a given name or an initial, or as a common surname, the title word is the surname ("Rep. Steve King said").
  if (titled && kbEnd < 0 && after && after.cap && adjacent(text, words[end - 1], after) && !words[end - 1].possessive && (lex(after, index) & LEX_TITLE) !== 0) {
    const next = words[end + 1];
    if (next && adjacent(text, after, next) && isNameWord(next)) return null;
    if ((wf & LEX_GIVEN) !== 0 || isInitial(words[end - 1]) || AMBIGUOUS_SURNAMES.has(after.norm)) end++;
    else if (next?.norm === 'of') return null;
  }
  const title = titled ?? (inPlace ? undefined : appositionAfter(words, text, end, index));
  // "Pundit Turns Adviser in the Service of Trump": in a title-case line, a title before one word that is no known name
  // names no one.
  if (strictHeadline && !kbIds && end - i === 1 && titled && (wf & (LEX_GIVEN | LEX_SURNAME)) === 0) return null;
  // "President Putin of Russia".
  if (title && !title.country && words[end]?.norm === 'of' && words[end + 1]) {
    const c = countryAt(words, text, end + 1, index);
    if (c) {
      title.country = c.code;
      title.countryText = c.text;
    }
  }
  return { start: i, end, kbIds: kbEnd === end ? kbIds : undefined, title, personCue: personCue(words, text, i, end, index) };
}

/** A knowledge-base name of two or more words starts at word j. */
function kbFullNameAt(words: Word[], text: string, j: number, index: KbIndex): boolean {
  let key = words[j].norm;
  for (let k = j + 1; k < Math.min(words.length, j + index.maxNameTokens); k++) {
    if (!adjacent(text, words[k - 1], words[k]) || words[k - 1].possessive) break;
    key += ' ' + words[k].norm;
    if (!index.namePrefixes.has(key)) return false;
    if (index.names.has(key)) return true;
  }
  return false;
}

/**
 * "Badar Khan, a lawyer in Karachi, said": a sentence-opening word that is not a listed given name opens a name of two
 * words before an apposition or a speech verb, unless it is a word of the language ("Later", "Beleaguered", "Critics").
 */
function unlistedGivenNameAtStart(words: Word[], text: string, i: number, index: KbIndex, inLowerCase: (norm: string) => boolean): boolean {
  const w = words[i];
  if (SENTENCE_OPENERS.has(w.norm) || NOT_NAME.has(w.norm) || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || COMMON_WORD_ENDING.test(w.norm)) return false;
  if (words[i + 2]?.cap || !personCue(words, text, i, i + 2, index)) return false;
  return !inLowerCase(w.norm);
}
const PAST_FORM = /^\p{L}{4,}ed$/u;
const AUXILIARY_VERBS = new Set('is are was were has have had will would can could should may might must does did'.split(' '));
const COMMON_WORD_ENDING = /(?:ly|ed|ing|ers|ists|ans|ness|ment|tion|ive|ous|ful|less|able|ical|ish|ward)$/;

/** The words that the document writes in lower case somewhere ("Critics … critics"). */
function lowerCaseWords(words: Word[]): Set<string> {
  const lower = new Set<string>();
  for (const w of words) if (w.isWord && !w.cap) lower.add(w.norm);
  return lower;
}

/** "Dr Fox", "Mr Irish", "Ms King": after Mr, Mrs, Ms or Dr a word that is no title is a surname (not "Miss Universe"). */
function surnameAfterHonorific(words: Word[], text: string, i: number, flags: number): boolean {
  const h = words[i - 1];
  if (!h || !h.cap || h.caps || !PERSONAL_HONORIFICS.has(h.norm) || !adjacent(text, h, words[i])) return false;
  const w = words[i];
  // "Mr. King", "Ms. Boxer", "Ms. White": a word for a title or a crown is a surname after an honorific, an office is
  // not ("Mr. President", "Mr. Speaker").
  if ((flags & (LEX_TITLE | LEX_TITLE_MODIFIER)) !== 0 && ((TITLE_WORDS.get(w.norm)?.leadership && !ROYAL_WORDS.has(w.norm)) || (flags & LEX_TITLE) === 0 && !AMBIGUOUS_SURNAMES.has(w.norm) && !WORD_SURNAMES.has(w.norm))) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(w.text) && !FUNCTION_WORDS.has(w.norm) && !isNameWord(words[i + 1]);
}
const PERSONAL_HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);
const FUNCTION_WORDS = new Set('the a an and but or nor so yet for of in on at to by from with as if when while this that these those it its he she they we i you his her their our my your who which what no not'.split(' '));

/**
 * "R Russell, B Douglas, N Hines;", "KP Robertson.", "R de Marigny": a team list's bare initials and surname, between
 * the punctuation of a list.
 */
function bareInitialName(words: Word[], text: string, i: number, index: KbIndex, inLowerCase: (norm: string) => boolean): Candidate | null {
  const w = words[i];
  // BARE_INITIALS matches at most five UTF-16 units starting with a capital: most words are ruled out without it.
  if (!w.cap || w.text.length > 5 || !BARE_INITIALS.test(w.text) || CLUB_PREFIXES.has(w.text) || (lex(w, index) & LEX_COUNTRY) !== 0) return null;
  const before = words[i - 1];
  const opensLine = !before || newlineBetween(text, before.end, w.start);
  if (!opensLine && !LIST_MARKS.has(before.text)) return null;
  let end = i + 1;
  if (words[end] && isParticle(words[end]) && !words[end].cap && adjacent(text, w, words[end])) end++;
  const surname = words[end];
  // "LG Card", "TW Garments": a word the document also writes in lower case names a firm's product, not a family.
  if (!isNameWord(surname) || !adjacent(text, words[end - 1], surname) || isPlace(surname.norm, index) || inLowerCase(surname.norm)) return null;
  const after = words[end + 1];
  if (after && !LIST_MARKS.has(after.text) && after.text !== '.' && after.text !== ')' && !newlineBetween(text, surname.end, after.start)) return null;
  return { start: i, end: end + 1, personCue: true };
}
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
const BARE_INITIALS = /^(?:\p{Lu}{1,2}|\p{Lu}-\p{Lu})$/u;
const LIST_MARKS = new Set([',', ';', ':', '(']);
const CLUB_PREFIXES = new Set(['AC', 'FC', 'SC', 'SV', 'AS', 'CD', 'CF', 'RC', 'SK', 'FK', 'NK', 'AZ', 'KV', 'US', 'UK', 'EU', 'UN', 'TV', 'PM', 'MP', 'AM', 'PR', 'HQ', 'IT', 'OK', 'DJ', 'MC']);

/** The index after the surname when words[k] opens a quoted nickname of one to three words followed by a surname. */
function nicknameEnd(words: Word[], text: string, k: number): number {
  if (!OPENING_MARKS.has(words[k].text) || !words[k + 1]?.isWord || !words[k + 1].cap) return -1;
  for (let j = k + 2; j <= k + 4 && j < words.length; j++) {
    const w = words[j];
    if (!CLOSING_MARKS.has(w.text)) {
      if (!w.isWord || !w.cap) return -1;
      continue;
    }
    const surname = words[j + 1];
    return isNameWord(surname) && adjacent(text, w, surname) && !words[j - 1].possessive ? j + 2 : -1;
  }
  return -1;
}
const OPENING_MARKS = new Set(['"', '“', "'", '‘']);
const CLOSING_MARKS = new Set(['"', '”', "'", '’']);

function isNameStart(w: Word, flags: number): boolean {
  if ((flags & (LEX_NOT_NAME | LEX_TITLE | LEX_TITLE_MODIFIER | LEX_COUNTRY)) !== 0) return false;
  if (endsWithPeriod(w) && ABBREVIATION.test(w.text) && !INITIAL.test(w.text)) return false; // abbreviations such as "Gov."
  const c = w.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w.text);
}

function skipRun(words: Word[], text: string, i: number): number {
  let j = i + 1;
  while (j < words.length && words[j].cap && adjacent(text, words[j - 1], words[j])) j++;
  return j;
}

/** Whether one of the next `n` words, all lower-case, is one `accept` takes ("chief strategist", "fourth quarter profits"). */
function lowerCaseWordWithin(words: Word[], from: number, n: number, accept: (norm: string) => boolean): boolean {
  for (let k = from; k < from + n && k < words.length; k++) {
    const w = words[k];
    if (!w.isWord || w.cap) return false;
    if (accept(w.norm)) return true;
  }
  return false;
}
const isRoleWord = (norm: string) => PERSON_ROLES.has(norm) || TITLE_WORDS.has(norm);

function personCue(words: Word[], text: string, start: number, end: number, index: KbIndex): boolean {
  const next = words[end];
  const last = words[end - 1];
  if (last.possessive) return false;
  // "the Bottomless Pit, we", "The Magic Roundabout, released on Friday": a name does not follow an article.
  const det = words[start - 1];
  if (det && (det.norm === 'the' || det.norm === 'a' || det.norm === 'an')) return false;
  if (isByline(words, text, start, end)) return true;
  // "Ato Boldon ( Trinidad ) 10.09", "Goran Ivanisevic (Croatia)": a country in brackets after a full name.
  if (end - start > 1 && next?.text === '(' && countryInBrackets(words, end + 1, index)) return true;
  // "Simon Vale, from Ridley Brothers, told Reuters", "the lawyer for Avon Mill said": after a preposition the name is
  // no subject of the verb that follows, and only an apposition that describes someone tells a person.
  const prep = words[start - 1];
  const objectOfPreposition = !!prep && !prep.cap && OBJECT_PREPOSITIONS.has(prep.norm);
  if (!objectOfPreposition && next && SPEECH_VERBS.has(next.norm) && !next.cap && ['said', 'says', 'told', 'asked', 'added', 'wrote', 'who', 'noted', 'argued', 'insisted', 'warned', 'explained', 'tweeted', 'replied', 'recalled'].includes(next.norm)) return true;
  if (objectOfPreposition && next && !next.cap && next.norm === 'who') return true;
  if (next?.text === ',' && words[end + 1]) {
    const n2 = words[end + 1];
    if (/^\d{1,3}$/.test(n2.text) && words[end + 2]?.text === ',') return true; // "Smith, 45,"
    if (['a', 'an', 'the', 'who', 'whom', 'whose'].includes(n2.norm) && !n2.cap) return true;
    if (objectOfPreposition) return end - start > 1 && !n2.cap && !opensClause(n2, words[end + 2]) && (PERSON_ROLES.has(n2.norm) || PERSON_NOUN.test(n2.norm));
    if (['said', 'says', 'told'].includes(n2.norm) && !n2.cap) return true;
    // "Tad Devine, Sanders's chief strategist,": a possessor, then a role.
    if (end - start > 1 && n2.cap && n2.possessive && lowerCaseWordWithin(words, end + 2, 3, isRoleWord)) return true;
    if (end - start > 1 && n2.isWord && !n2.cap && !NOT_APPOSITION.has(n2.norm) && !PRONOUNS.has(n2.norm) && !SPEECH_VERBS.has(n2.norm) && !opensClause(n2, words[end + 2])) return true;
    if (n2.norm === 'said' || n2.norm === 'says') return true;
  }
  const prev = words[start - 1];
  if (prev && end - start > 1 && PERSON_ROLES.has(prev.norm)) return true;
  if (goalScorer(words, text, start, end) || cricketScorecard(words, start, end)) return true;
  // "told Rolling Stone", "told Good Morning Wales": the one told is as often an outlet, so only a given name tells a person.
  const listener = prev?.norm === 'told' || prev?.norm === 'tells' || prev?.norm === 'telling';
  if (prev && PERSON_CUES_BEFORE.has(prev.norm) && !prev.cap && prev.norm !== 'and' && prev.norm !== 'with' && prev.norm !== 'by' && prev.norm !== 'against' && (!listener || isListedGivenName(words[start], index))) return true;
  if (prev && prev.norm === 'to' && words[start - 2]?.norm === 'according') return true;
  if (prev?.text === ',' && words[start - 2] && ['said', 'says', 'added', 'wrote'].includes(words[start - 2].norm)) return true;
  return false;
}

/**
 * "Car Wash, featuring …", "Enduring Love, are expected", "Flying Daggers, directed by …": a verb or an adverb after the
 * comma goes on the sentence; an apposition ("Jo Roe, spokesman for …", "Jo Roe, aged 45") names what the name is.
 */
function opensClause(w: Word, next: Word | undefined): boolean {
  if (CLAUSE_OPENERS.has(w.norm)) return true;
  if (w.norm.length > 4 && w.norm.endsWith('ing') && !SPEAKING.has(w.norm)) return true;
  if (w.norm.endsWith('ed') && next?.norm === 'by') return true;
  return /^\p{Ll}{3,}[^su's]s$/u.test(w.norm) && w.norm !== 'says' && w.norm !== 'perhaps';
}

const CLAUSE_OPENERS = new Set(
  'is are was were be been has have had will would can could may might shall should must do does did went came fell won made let set got took gave left became began saw however meanwhile just only once then still too around already again often never always even'.split(' '),
);
/** "Jo Roe, writing in …", "Jo Roe, acting director": a person speaking or an office held for now. */
const SPEAKING = new Set('writing speaking saying adding arguing explaining insisting warning commenting talking acting'.split(' '));

/**
 * A scorer in a match summary: "Arsenal 2 (Wright 34, Merson 70 pen) Coventry 0", "Scorers: Shearer 2, 41". The name
 * is followed by the minutes and stands in brackets right after a score, or in a line labelled with scorers.
 */
function goalScorer(words: Word[], text: string, start: number, end: number): boolean {
  if (!MINUTE.test(words[end]?.text ?? '') || !AFTER_MINUTE.test(words[end + 1]?.text ?? ')')) return false;
  for (let j = start - 1, seen = 0; j >= 0 && seen < 40; j--, seen++) {
    const t = words[j].text;
    if (t === ')' || words[j].segment !== words[start].segment) return false;
    if (t === '(') return MINUTE.test(words[j - 1]?.text ?? '') && !!words[j - 2]?.cap;
    // "Scorers: …", or a line that opens with the colon (a label left out).
    if (t === ':') return SCORERS_LABEL.test(words[j - 1]?.norm ?? '') || !text.slice(text.lastIndexOf('\n', words[j].start) + 1, words[j].start).trim();
  }
  return false;
}
const MINUTE = /^\d{1,3}$/;

/**
 * A batsman, fielder or bowler in a cricket scorecard: "Tendulkar c Healy b McGrath 45", "Moin Khan not out 12",
 * "Wasim Akram 10-2-35-3". The dismissal words are lower case and stand between names.
 */
function cricketScorecard(words: Word[], start: number, end: number): boolean {
  const next = words[end];
  const prev = words[start - 1];
  if (!next) return false;
  if (BOWLING_FIGURES.test(next.text)) return true;
  if ((next.text === 'not' || next.text === 'run') && words[end + 1]?.text === 'out') return true;
  const dismissal = (w: Word | undefined) => !!w && DISMISSALS.has(w.text);
  if (dismissal(next) && (words[end + 1]?.cap || dismissal(words[end + 1]))) return true;
  return dismissal(prev) && (MINUTE.test(next.text) || dismissal(next)) && (!!words[start - 2]?.cap || dismissal(words[start - 2]));
}
const DISMISSALS = new Set(['c', 'b', 'lbw', 'st']);
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** "in Geneva, said", "Omaha, Nebraska, said": a word after a place preposition or after "Town," is a place. */
function placeContext(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  if (prev.isWord && !prev.cap && PLACE_PREPOSITIONS.has(prev.norm)) return true;
  return prev.text === ',' && !!words[i - 2]?.cap && words[i - 2].isWord;
}
/** Endings that mark a surname in Slavic, Balkan, Romanian, Greek, Georgian, Turkish, Armenian and Spanish names. */
const SURNAME_SHAPE = /\p{L}{2}(?:ov|ova|ev|eva|enko|chuk|vic|vich|wicz|escu|opoulos|akis|idis|dze|shvili|oglu|ski|sky|ska|yan)$|\p{L}{3}ez$/u;
const SCORERS_LABEL = /^(?:scorers?|goalscorers?|goals|try|tries)$/;
/** After a scorer's minute: the next scorer, the end of the list, a penalty or own goal, or another minute. */
const AFTER_MINUTE = /^[,.;)]$|^(?:pen|og|\d{1,3})$/;

/** Whether the words from `i` up to a closing bracket (four at most) name a country. */
function countryInBrackets(words: Word[], i: number, index: KbIndex): boolean {
  let j = i;
  while (j < words.length && j - i < 4 && words[j].text !== ')') j++;
  return j > i && words[j]?.text === ')' && index.countryWords.has(normsJoined(words, i, j));
}

/** A byline: "By Jane Roe" alone on its line ("By Jane Roe and John Doe" names both). */
function isByline(words: Word[], text: string, start: number, end: number): boolean {
  let s = start - 1;
  if (words[s]?.norm === 'and') {
    while (s > 0 && words[s - 1].cap && words[s - 1].isWord && words[s - 1].norm !== 'by') s--;
    s--;
  }
  const by = words[s];
  if (!by || by.norm !== 'by' || !by.cap) return false;
  const after = text.slice(words[end - 1].end, lineEnd(text, words[end - 1].end));
  return /^\s*$/.test(text.slice(lineStart(text, by.start), by.start)) && /^\s*(?:(?:and|,)\s.*)?$/.test(after);
}

function countryAt(words: Word[], text: string, i: number, index: KbIndex): { code: string; text: string; end: number } | null {
  let found: { code: string; text: string; end: number } | null = null;
  let key = '';
  for (let j = i; j < Math.min(words.length, i + index.maxCountryTokens); j++) {
    if (j > i && !adjacent(text, words[j - 1], words[j])) break;
    if (!words[j].isWord) break;
    if (j === i) {
      key = words[j].norm;
      if ((lex(words[j], index) & LEX_COUNTRY_PREFIX) === 0) break;
    } else {
      key = key + ' ' + words[j].norm;
      if (!index.countryPrefixes.has(key)) break;
    }
    const code = index.countryWords.get(key);
    if (code) found = { code, text: text.slice(words[i].start, words[j].end), end: j + 1 };
    if (words[j].possessive) break;
  }
  // "the" before a country name belongs to it ("the Netherlands"), but not "the US president".
  return found;
}

/** The countries and organisations the article names ("France", "French", "the UN"). */
function countriesIn(words: Word[], text: string, index: KbIndex): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!words[i].isWord || (lex(words[i], index) & LEX_COUNTRY_PREFIX) === 0) continue;
    const c = countryAt(words, text, i, index);
    if (c) found.add(c.code);
  }
  return found;
}

/** Country words ending at word index `end - 1`, scanning backwards. */
function countryEndingAt(words: Word[], text: string, last: number, index: KbIndex): { code: string; start: number } | null {
  if (!words[last].isWord || (!words[last].cap && !index.countryWords.has(words[last].norm))) return null;
  for (let len = Math.min(index.maxCountryTokens, last + 1); len >= 1; len--) {
    const s = last - len + 1;
    let ok = true;
    for (let j = s + 1; j <= last; j++) if (!adjacent(text, words[j - 1], words[j]) || words[j - 1].possessive) ok = false;
    if (!ok) continue;
    const key = normsJoined(words, s, last + 1);
    const code = index.countryWords.get(key);
    // "Diageo North America president": a continent, not the United States.
    if (code && key === 'america' && s > 0 && CONTINENT_PARTS.has(words[s - 1].norm) && adjacent(text, words[s - 1], words[s])) return null;
    if (code) return { code, start: s };
  }
  return null;
}

const CONTINENT_PARTS = new Set(['north', 'south', 'latin', 'central']);

/** A title of two words or more starts at word i ("Deputy Prime Minister", "Assistant District Attorney"). */
function titleStartsAt(words: Word[], text: string, i: number): boolean {
  for (let last = i + 1; last < Math.min(words.length, i + TITLE_MAX_TOKENS); last++) if (words[last] && titleEndingAt(words, text, last)?.start === i) return true;
  return false;
}

function titleEndingAt(words: Word[], text: string, last: number): { word: TitleWord; start: number } | null {
  // "Mayor-elect", "Prime Minister-designate": an office not yet taken, named and not checked against the base.
  const pending = PENDING_OFFICE.exec(words[last].norm)?.[1];
  const lastNorm = pending ? words[last].norm.slice(0, -pending.length - 1) : words[last].norm;
  if (!TITLE_LAST_WORDS.has(withoutEx(lastNorm))) return null;
  for (let len = Math.min(TITLE_MAX_TOKENS, last + 1); len >= 1; len--) {
    const s = last - len + 1;
    let ok = true;
    for (let j = s + 1; j <= last; j++) if (!adjacent(text, words[j - 1], words[j]) || words[j - 1].possessive) ok = false;
    if (!ok) continue;
    // "ex-President", "ex-Culture Secretary": the prefix is written onto the title's first word.
    const key = withoutEx(len === 1 ? lastNorm : `${normsJoined(words, s, last)} ${lastNorm}`);
    const word = TITLE_WORDS.get(key);
    if (word) return { word: pending ? { ...word, kb: [], display: `${word.display}-${pending}` } : word, start: s };
  }
  return null;
}

const PENDING_OFFICE = /-(elect|designate)$/;

function withoutEx(norm: string): string {
  return norm.startsWith('ex-') ? norm.slice(3) : norm;
}

const EX_PREFIX = /^ex-\p{L}/iu;

/** The title right before a name: "former US President", "Ukrainian counterpart", "Kremlin spokesman". */
function titleBefore(words: Word[], text: string, nameStart: number, index: KbIndex): TitleInfo | undefined {
  let k = nameStart - 1;
  if (k < 0 || !adjacent(text, words[k], words[nameStart]) || words[k].possessive) return undefined;
  const main = titleEndingAt(words, text, k);
  if (!main) return undefined;
  // "to miss Wimbledon": an honorific is capitalised. "the best actor Oscar": a category of an award before one word.
  // "comeback king Fowler": a royal title is capitalised too.
  if ((HONORIFICS.has(words[main.start].norm) || ROYAL_WORDS.has(words[main.start].norm)) && !words[main.start].cap) return undefined;
  if (words[main.start - 1]?.norm === 'best' && !isNameWord(words[nameStart + 1])) return undefined;
  let start = main.start;
  let country: { code: string; start: number } | null = null;
  let former = false;
  // Modifiers and the country before the title, any order: "former Russian", "US Vice", "Britain's".
  for (let guard = 0; guard < 6; guard++) {
    const p = start - 1;
    if (p < 0 || !adjacent(text, words[p], words[start]) || !words[p].isWord) break;
    if (words[p].possessive) {
      const c = countryEndingAt(words, text, p, index);
      if (c && !country) {
        country = c;
        start = c.start;
        continue;
      }
      break;
    }
    const c = countryEndingAt(words, text, p, index);
    if (c && !country) {
      country = c;
      start = c.start;
      continue;
    }
    // "former", and "ex-Conservative chancellor", "ex-England captain".
    if (FORMER.has(words[p].norm) || EX_PREFIX.test(words[p].text)) {
      former = true;
      start = p;
      continue;
    }
    if (TITLE_MODIFIERS.has(words[p].norm) && !['his', 'her', 'their', 'its'].includes(words[p].norm)) {
      start = p;
      continue;
    }
    // "former Florida governor", "Ohio Gov.": a state or city before a sub-national title.
    if (SUBNATIONAL.has(main.word.display) && words[p].cap && !words[p].sentenceStart && !NOT_NAME.has(words[p].norm) && !TITLE_WORDS.has(words[p].norm)) {
      start = p;
      continue;
    }
    const more = titleEndingAt(words, text, p);
    if (more && more.start < p + 1 && (words[p].cap || !main.word.leadership)) {
      start = more.start;
      continue;
    }
    // "Labour leader Sir Keir", "Lib Dem leader": a party or body before a lower-case title is part of it.
    const body = words[start].cap ? start : bodyBefore(words, text, start);
    if (body === start) break;
    start = body;
  }
  // "ex-President" is one word.
  if (/^ex-/i.test(words[start].text)) former = true;
  // "company president Bruce Willsie": a lower-case title names a leader only with a country or "former".
  let word = main.word;
  if (word.leadership && !country && !former && !words[main.start].cap && !/^(?:prime minister|chancellor|pope|king|queen|secretary-general)$/.test(words.slice(main.start, k + 1).map((x) => x.norm).join(' '))) {
    word = { ...word, leadership: false, kb: [] };
  }
  // "former deputy secretary of state Robert Zoellick", "Shadow chancellor X": a lesser office, not checked, and named
  // with its modifier ("Deputy Prime Minister").
  const lesser: string[] = [];
  for (let q = start; q < main.start; q++) if (LESSER_OFFICE.has(words[q].norm)) lesser.push(LESSER_OFFICE.get(words[q].norm)!);
  if (lesser.length) word = { ...word, kb: [], display: `${lesser.join(' ')} ${word.display}` };
  // Governors, senators and mayors serve states and cities: "New Jersey Gov.", "Georgia Sen." name no country.
  if (country && SUBNATIONAL.has(word.display) && country.code !== 'US') country = null;
  const s = words[start].start;
  const e = words[k].end;
  return {
    start: s,
    end: e,
    text: text.slice(s, e),
    word,
    country: country?.code,
    countryText: country ? text.slice(words[country.start].start, words[country.start].end) : undefined,
    former,
    apposition: false,
  };
}

/** The start of up to three capitalised words right before word `start` ("Real Madrid" president), else `start`. */
function bodyBefore(words: Word[], text: string, start: number): number {
  let s = start;
  while (s > 0 && start - s < 3) {
    const w = words[s - 1];
    if (!w.isWord || !w.cap || w.possessive || !adjacent(text, w, words[s]) || NOT_BODY.has(w.norm) || TITLE_WORDS.has(w.norm) || FORMER.has(w.norm)) break;
    // "Meanwhile Lib Dem leader", "New coach": a sentence's opening adverb or adjective is no part of a name.
    if (w.sentenceStart && (SENTENCE_OPENERS.has(w.norm) || w.norm.endsWith('ly'))) break;
    s--;
    if (w.sentenceStart) break;
  }
  return s;
}

// Capitalised words that begin a sentence or a phrase, never the name of a party or body.
const NOT_BODY = new Set(
  ('the a an and but or nor of in on at to by from with as for if when while after before since this that these ' +
    'those his her their its our my your who which said says told asked added according monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october november ' +
    'december').split(' '),
);

const SENTENCE_OPENERS = new Set(
  ('meanwhile however earlier later now then also still yet so thus instead separately elsewhere nevertheless ' +
    'moreover furthermore besides likewise similarly indeed perhaps maybe again overall today yesterday tonight ' +
    'tomorrow new last next first ex outgoing incoming acting interim').split(' '),
);

const ROYAL_TITLES = new Set(['King', 'Queen']);
const ROYAL_WORDS = new Set(['king', 'queen']);
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
const COMPANY_HOLDINGS = new Set('shares stock stocks shareholders stockholders holders bonds dividend dividends earnings profit profits revenue revenues subsidiary subsidiaries'.split(' '));
const isCompanyHolding = (norm: string) => COMPANY_HOLDINGS.has(norm);

const ORGANISATION_HEADS = new Set(
  ('firm company group giant bank lender insurer carrier airline operator manufacturer retailer supermarket ' +
    'chain brand label band club broadcaster network agency newspaper magazine website publisher studio exchange ' +
    'watchdog regulator miner conglomerate startup reinsurer carmaker drugmaker chipmaker housebuilder charity business ' +
    'body bookmaker consultancy').split(' '),
);
const PLACE_HEADS = new Set(
  ('town city village hamlet resort retreat region province county district island river mountain valley lake park ' +
    'suburb neighbourhood neighborhood port capital enclave territory peninsula').split(' '),
);
// Roles that companies hold as often as people ("rival Xstrata", "crude producer Yukos", "Chelsea host Birmingham").
const ORGANISATION_ROLES = new Set(['rival', 'producer', 'analyst', 'host', 'adviser', 'advisor', 'nominee', 'leader']);
const MARKETS = new Set(['market', 'sector', 'industry']);
const isOrganisationRole = (title: TitleInfo) => !title.word.leadership && ORGANISATION_ROLES.has(title.word.display);

/** A word for an organisation right before word i: "firm", "Rival" opening a sentence, "market leader". */
function organisationHeadBefore(words: Word[], text: string, i: number, oneWord: boolean, index: KbIndex): boolean {
  const h = words[i - 1];
  if (!h || (h.cap && !h.sentenceStart) || !adjacent(text, h, words[i])) return false;
  // "founder of the CGA consultancy Jeanne-Marie Gescher": the organisation has its name already.
  const m = words[i - 2];
  if (m?.cap && !m.sentenceStart && words[i - 3]?.norm === 'the' && !index.countryWords.has(m.norm) && !MODIFIER_ENDING.test(m.norm)) return false;
  if (ORGANISATION_HEADS.has(h.norm)) return true;
  // A person in such a role is named in full ("analyst Carolina Milanesi"); "Labour leader X" is a person too.
  return oneWord && ORGANISATION_ROLES.has(h.norm) && (h.norm !== 'leader' || MARKETS.has(words[i - 2]?.norm));
}

const WORK_HEADS = new Set('film movie biopic documentary drama musical sitcom novel book album opera'.split(' '));

/** A lower-case word for a work right before the name, maybe with a quotation mark between; not "the film Bill Murray made". */
function workHeadBefore(words: Word[], text: string, c: Candidate): boolean {
  let h = c.start - 1;
  if (words[h] && QUOTE_MARK.test(words[h].text)) h--;
  const head = words[h];
  if (!head || !head.isWord || (head.cap && !head.sentenceStart) || !WORK_HEADS.has(head.norm) || newlineBetween(text, head.end, words[c.start].start)) return false;
  const next = words[c.end];
  return !(DETERMINERS.has(words[h - 1]?.norm ?? '') && next?.isWord && !next.cap && !words[c.end - 1].possessive);
}

const ARTICLES = new Set(['the', 'a', 'an']);
// Words that end the noun phrase of an apposition: its last word before them is its head.
const PHRASE_ENDS = new Set('that which who whose of in on at for with to and or but from by as is was has had said says will would'.split(' '));

/**
 * An apposition after the name says it is an organisation or a place: "Deutsche Boerse, the German stock exchange
 * that …", "Jackson Hole, the Fed's annual retreat in Wyoming".
 */
/** "told Vanity Fair magazine", "the Air Deccan airline": a word for an organisation right after the name. */
function organisationHeadAfter(words: Word[], end: number): boolean {
  const next = words[end];
  return !!next && next.isWord && !next.cap && !words[end - 1].possessive && ORGANISATION_HEADS.has(next.norm);
}

function organisationApposition(words: Word[], end: number): boolean {
  const after = words[end + 1];
  if (words[end]?.text !== ',' || !after || !(ARTICLES.has(after.norm) || (after.cap && after.possessive))) return false;
  let head: Word | undefined;
  for (let j = end + 2; j < end + 8; j++) {
    const w = words[j];
    // "a wealth research firm founded in 1999": a participle after a noun ends the phrase too.
    if (!w || !w.isWord || PHRASE_ENDS.has(w.norm) || (head && !w.cap && w.norm.endsWith('ed'))) {
      // "Swiss Re, the world's two biggest reinsurers"
      const singular = head?.norm.endsWith('s') ? head.norm.slice(0, -1) : '';
      return !!head && !head.cap && !head.possessive && (ORGANISATION_HEADS.has(head.norm) || ORGANISATION_HEADS.has(singular) || PLACE_HEADS.has(head.norm));
    }
    head = w;
  }
  return false;
}

/**
 * "Ireland's state-owned airline, Aer Lingus, said": an apposition before the name that starts with a possessive name
 * and ends in a word for an organisation ("the head of the state-owned company, Yury Boyko," names the head).
 */
function organisationAppositionBefore(words: Word[], start: number, end: number): boolean {
  const h = start - 2;
  const next = words[end];
  if (words[start - 1]?.text !== ',' || h < 1 || !ORGANISATION_HEADS.has(words[h].norm) || PEOPLE_TOO.has(words[h].norm) || words[h].cap) return false;
  if (next && next.text !== ',' && next.text !== '.' && next.text !== ')') return false;
  for (let j = h - 1; j >= Math.max(0, h - 4); j--) {
    const w = words[j];
    if (!w.isWord) return false;
    if (w.possessive) return w.cap;
    if (w.cap) return false;
  }
  return false;
}

// People who work for an organisation: "spokesman for Ask Jeeves", "director of product at Ask Jeeves", "analysts at".
const WORKPLACE_ROLES = new Set(
  ('spokesman spokeswoman spokesperson director executive analyst economist strategist officer chairman chairwoman ' +
    'president chief manager partner researcher editor correspondent founder boss employee worker shareholder').split(' '),
);

/**
 * "a former employee of General Mills", "director of General Electric": a rank alone before a name that follows a role
 * within an organisation opens the organisation's name.
 */
function rankInCompanyName(words: Word[], c: Candidate): boolean {
  const title = c.title;
  if (!title || !RANKS.has(title.text)) return false;
  let t = c.start - 1;
  while (t > 0 && words[t].start > title.start) t--;
  return words[t].start === title.start && workplace(words, t, c.end);
}
/**
 * "the Khan family", "the Bush dynasty", "the Williams sisters": a surname before a word for a family names them all
 * ("Curtis's family" is his).
 */
function familyOf(words: Word[], c: Candidate, index: KbIndex): boolean {
  const next = words[c.end];
  return !c.title && c.end - c.start <= 2 && !words[c.end - 1].possessive && !!next && next.isWord && !next.cap && FAMILY_WORDS.has(next.norm.replace(/['’]s?$/, '')) && !startsWithGivenName(words, c, index);
}
const FAMILY_WORDS = new Set('family families clan dynasty brothers sisters household siblings twins'.split(' '));
const RANKS = new Set(['General', 'Captain', 'Colonel', 'Admiral', 'Commander']);

/** The name follows "at", "for" or "of" after a role within an organisation: "vice president of search at Ask Jeeves". */
function workplace(words: Word[], start: number, end: number): boolean {
  const p = words[start - 1];
  if (!p || !(p.norm === 'at' || p.norm === 'for' || p.norm === 'of') || words[end - 1].possessive) return false;
  // The role may have its own complement: "director of product at".
  for (let j = start - 2; j >= Math.max(0, start - 4); j--) {
    const w = words[j];
    if (!w.isWord || (w.cap && !w.sentenceStart)) return false;
    if (WORKPLACE_ROLES.has(w.norm) || (w.norm.endsWith('s') && WORKPLACE_ROLES.has(w.norm.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * "Judicial Watch President Tom Fitton", "CNN President Jeff Zucker", "MGM Vice Chairman Chris McGurk": a president or
 * chairman whom a capitalised name that is no country, state or political body precedes heads that organisation, and is
 * no leader ("Senate President", "Judiciary Committee Chairman", "French President" are).
 */
function organisationsTitle(words: Word[], c: Candidate, index: KbIndex): boolean {
  const title = c.title!;
  if (!ORGANISATION_HEAD_TITLES.has(title.word.display) || title.country) return false;
  let k = c.start - 1;
  while (k >= 0 && words[k].start >= title.start) k--;
  let prev = words[k];
  // At a sentence's start only an initialism is surely a name ("CNN President …", not "When President …").
  let named = !!prev && prev.isWord && prev.cap && (!prev.sentenceStart || prev.caps) && words[k + 1]?.start === title.start;
  // "former Cato Institute president Ed Crane": after "former" the organisation's name is inside the title.
  if (!named && title.former) {
    let f = k + 1;
    while (f < c.start && FORMER.has(words[f].norm)) f++;
    if (f > k + 1 && f < c.start && words[f].cap && !TITLE_WORDS.has(words[f].norm) && !TITLE_MODIFIERS.has(words[f].norm)) {
      k = f;
      prev = words[f];
      named = true;
    }
  }
  if (!named) return false;
  // "Democratic Party Chairman", "National Economic Council Chair": a political body inside the title's words.
  for (let j = k + 1; j < c.start; j++) if (POLITICAL_BODIES.has(words[j].norm)) return false;
  const norm = prev.possessive ? prev.norm.replace(/['’]s?$/, '') : prev.norm;
  const state = words[k - 1]?.isWord ? `${words[k - 1].norm} ${norm}` : '';
  return !POLITICAL_BODIES.has(norm) && !index.countryWords.has(norm) && !US_STATES.has(norm) && !US_STATES.has(state) && !TITLE_MODIFIERS.has(norm) && !PARTIES.has(norm);
}
const JOB_GOES_ON = new Set(['and', 'for', 'in']);
const ORGANISATION_HEAD_TITLES = new Set(['President', 'Vice President', 'Chairman', 'Chairwoman', 'Chair', 'Vice Chairman']);
const POLITICAL_BODIES = new Set(
  ('house senate congress parliament assembly committee council commission cabinet government ministry state states ' +
    'national federal city county province region borough republicans democrats democratic labour tory tories gop party ' +
    'union european african arab dnc rnc').split(' '),
);

/** "Prebon Yamane economist Lena Komileva", "Barclays Capital chief economist Jo Roe": an employer, its role, then a name. */
function employerBeforeRole(words: Word[], end: number): boolean {
  for (let j = end; j < end + 2 && j < words.length; j++) {
    const w = words[j];
    if (!w.isWord || w.cap || w.possessive) return false;
    if (WORKPLACE_ROLES.has(w.norm)) return !!words[j + 1]?.cap && words[j + 1].isWord;
  }
  return false;
}

/**
 * "Fabien Pelous (Stade Toulousain, capt)": a name in brackets right after a name is a club, party or company; with a
 * minute it is a substitute ("Fuller (Yakubu 55)").
 */
function affiliation(words: Word[], start: number, end: number): boolean {
  const before = words[start - 2];
  return words[start - 1]?.text === '(' && !!before && before.isWord && before.cap && (words[end]?.text === ')' || words[end]?.text === ',');
}

/**
 * "Tods Murray, which has a client": "which", not "who", follows the name of a thing; not always right after it
 * ("assaulted Ivana Trump, which he denied"), so a person's surname or a title keeps the person.
 */
function thingRelative(words: Word[], end: number): boolean {
  const next = words[end]?.text === ',' ? words[end + 1] : words[end];
  return next?.norm === 'which';
}

const DETERMINERS = new Set('the a an one this that these those its his her their our my your any each every no some another which what'.split(' '));

// Words for an organisation that name people too ("fellow broadcaster Michael Pointon", "married publisher Kimberly Quinn").
const PEOPLE_TOO = new Set(['broadcaster', 'publisher', 'operator', 'miner', 'giant']);

/**
 * Word h is a word for an organisation with a modifier ("polling firm", "Cult band") or opening the sentence
 * ("Bookmaker William Hill has"), not after a determiner ("One label").
 */
function modifiedHead(words: Word[], text: string, h: number): boolean {
  const m = words[h - 1];
  if (!ORGANISATION_HEADS.has(words[h].norm) || PEOPLE_TOO.has(words[h].norm)) return false;
  if (words[h].sentenceStart) return true;
  return !!m && m.isWord && !m.possessive && adjacent(text, m, words[h]) && !DETERMINERS.has(m.norm);
}

const MODIFIER_ENDING = /-(?:based|born|owned|led|backed|listed|controlled|run|made|bred|registered|style|inspired)$/;
const ADVERB_ENDING = /(?:ingly|ately|ally|ently|antly|ously|ively|ably|ibly|edly|stly|ictly|larly)$/;
// Nations and territories that are not in the country table but are places, never people, when named alone.
/** "Mr Keating" in 2005 is not Paul Keating, out of office since 1996: an honorific reaches a leader this long after office. */
const HONORIFIC_REACH_DAYS = 5 * 365;
const PEERAGE = new Set(['Lord', 'Lady', 'Baroness', 'Viscount', 'Countess']);
const PEERAGE_WORDS = new Set([...PEERAGE].map((w) => w.toLowerCase()));
const KNIGHTHOOD = new Set(['Sir', 'Dame']);
const PLACES = new Set(['england', 'scotland', 'wales', 'northern ireland', 'hong kong', 'macau', 'macao', 'puerto rico', 'greenland', 'gaza', 'west bank', 'africa', 'america', 'asia', 'europe', 'korea', 'kiev', 'kharkov', 'rostov']);
const isPlace = (name: string, index: KbIndex) => index.countryWords.has(name) || PLACES.has(name);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);
const LESSER_OFFICE = new Map(['deputy', 'vice', 'assistant', 'under', 'associate', 'shadow'].map((w) => [w, w[0].toUpperCase() + w.slice(1)]));

/** "X, the country's prime minister," / "X, Britain's prime minister" / "X, the Dutch prime minister". */
function appositionAfter(words: Word[], text: string, end: number, index: KbIndex): TitleInfo | undefined {
  if (words[end]?.text !== ',') return undefined;
  let j = end + 1;
  let country: { code: string; start: number; end: number } | null = null;
  let former = false;
  if (words[j]?.norm === 'the') j++;
  if (words[j] && FORMER.has(words[j].norm)) {
    former = true;
    j++;
  }
  if (words[j] && ['country', 'nation', 'state', 'city', 'region', 'island', 'kingdom'].includes(words[j].norm) && words[j].possessive) j++;
  else {
    const c = words[j] ? countryAt(words, text, j, index) : null;
    if (c) {
      country = { code: c.code, start: j, end: c.end };
      j = c.end;
    }
  }
  for (let len = TITLE_MAX_TOKENS; len >= 1; len--) {
    if (j + len > words.length) continue;
    const key = normsJoined(words, j, j + len);
    const word = TITLE_WORDS.get(key);
    if (!word || !word.leadership || word.display === 'counterpart') continue;
    const after = words[j + len];
    // "Rahm Emanuel, President Obama's chief of staff": the title belongs to the next name.
    if (after && after.cap && after.isWord && adjacent(text, words[j + len - 1], after)) return undefined;
    if (words[j + len - 1].possessive) return undefined;
    // "Hodgson, King, Wilkinson": a capitalised word in a list of names is a name, not a title.
    const bare = words[j].cap && !country && !former && words[end + 1] === words[j];
    const next = words[j + len + 1];
    if (bare && (after?.text === ',' || after?.norm === 'and') && next?.cap && next.isWord) return undefined;
    // "X, the president of the company" is not a leader; "X, the prime minister of Britain" is, and "X, the chairman
    // of Spain's biggest bank" is not (the country's possessive names what the title heads).
    if (after?.norm === 'of') {
      const c = countryAt(words, text, j + len + 1, index) ?? (words[j + len + 1]?.norm === 'the' ? countryAt(words, text, j + len + 2, index) : null);
      if (!c || words[c.end]?.cap || words[c.end - 1].possessive) return undefined;
      country = { code: c.code, start: j + len + 1, end: c.end };
    }
    // "Jim Press, vice president and chief operating officer", "Mike Nash, vice president in charge of security": a
    // company's office joined to another job or followed by a department, with no country, is no leader's.
    if (!country && ORGANISATION_HEAD_TITLES.has(word.display) && JOB_GOES_ON.has(after?.norm ?? '') && words[j + len + 1]?.isWord && !words[j + len + 1].cap) return undefined;
    const s = words[end + 1].start;
    const e = words[j + len - 1].end;
    // "Bill Clinton, the King of Belgium as well as the French president": the next item of a list, no appositive.
    if (LIST_GOES_ON.test(text.slice(e, e + 60))) return undefined;
    return { start: s, end: e, text: text.slice(s, e), word, country: country?.code, countryText: country ? text.slice(words[country.start].start, words[country.end - 1].end) : undefined, former, apposition: true };
  }
  return undefined;
}

/** After a title or description, the next item of a list: "(of Belgium) as well as …", "and the …", "and President …". */
const LIST_GOES_ON = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?\s*(?:as well as\b|and\s+(?:the\b|a\b|\p{Lu}))/u;

function mention(words: Word[], text: string, c: Candidate, surnameOnly: boolean): RawMention {
  const s = words[c.start].start;
  const e = words[c.end - 1].end;
  const m: RawMention = { start: s, end: e, text: text.slice(s, e), kind: 'name', headline: words[c.start].headline, words: words.slice(c.start, c.end), surnameOnly };
  if (c.title) m.title = c.title;
  return m;
}

/** The folded given name of an entity introduced with two or more words. */
function givenNameOf(e: Entity, index: KbIndex): string | undefined {
  if (e.kbId) return index.givenOf.get(e.kbId);
  const full = e.mentions.find((m) => m.kind === 'name' && m.words.length > 1 && !m.surnameOnly);
  return full ? full.words[0].norm : undefined;
}

/** The folded words from..to (exclusive) joined by spaces, without the arrays of slice/map/join. */
function normsJoined(words: Word[], from: number, to: number): string {
  let key = words[from].norm;
  for (let k = from + 1; k < to; k++) key += ' ' + words[k].norm;
  return key;
}

function nameText(words: Word[], text: string, start: number, end: number): string {
  return text.slice(words[start].start, words[end - 1].end);
}

export function slug(name: string): string {
  // ASCII has no marks: NFD and mark stripping change nothing there.
  let ascii = true;
  for (let k = 0; k < name.length; k++) {
    if (name.charCodeAt(k) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    // By hand, as the regular expressions below would: the runs of letters and digits, joined by "-".
    const lower = name.toLowerCase();
    let out = '';
    let run = -1;
    for (let k = 0; k <= lower.length; k++) {
      const c = k < lower.length ? lower.charCodeAt(k) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (run < 0) run = k;
      } else if (run >= 0) {
        out += (out ? '-' : '') + lower.slice(run, k);
        run = -1;
      }
    }
    return out;
  }
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isSurnameForm(w: Word, kbId: string, index: KbIndex): boolean {
  return (index.surnames.get(w.norm) ?? []).includes(kbId);
}

/** A one-word knowledge-base name that is a name of its own, not a surname ("Lula", "MBS"): treat as full. */
function isFullFormAlone(w: Word, kbId: string, index: KbIndex): boolean {
  const person = index.people.get(kbId);
  if (!person) return false;
  return !!index.singleAliases.get(kbId)?.has(w.norm) && w.norm !== index.surnameOf.get(kbId);
}

function chooseKb(ids: string[] | undefined, index: KbIndex, date: string, title?: TitleInfo): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  if (ids.length === 1) return ids[0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ids) {
    const p = index.people.get(id);
    if (!p) continue;
    let score = distanceFromDate(p, date);
    if (title && !titleFitsKb(title, p)) score += 1e6;
    // "the late King Abdullah", "former President Bush": someone whose such office has ended.
    if (title?.former && (p.terms ?? []).some((t) => termHasTitle(t, title.word) && termOn(t, date) === 'yes')) score += 1e5;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

const OCCUPATIONS = new Set(
  ('analyst economist lawyer attorney pollster strategist correspondent reporter journalist columnist editor businessman ' +
    'businesswoman billionaire activist host author actor actress comedian rapper producer surgeon physician teacher ' +
    'novelist historian scientist researcher ceo cfo coo cto founder executive coach striker midfielder defender ' +
    'goalkeeper batsman bowler golfer jockey boxer swimmer sprinter cyclist pundit').split(' ').concat('general counsel'),
);

const PATRONYMIC = /(?:ovich|evich|ovna|evna|uly|ulu|kyzy|qizi|oglu|oğlu)$/;

/**
 * "Donald J. Trump", "Barack Hussein Obama", "Nursultan Abish-uly Nazarbayev": the knowledge base's given name and
 * surname around initials, given names or a patronymic ("David Cay Johnston" is someone else than David Johnston).
 */
function kbByGivenAndSurname(words: Word[], c: Candidate, index: KbIndex, date: string): string | undefined {
  let last = c.end - 1;
  if (NAME_SUFFIXES.has(words[last].norm)) return undefined;
  for (let j = c.start + 1; j < last; j++) {
    const w = words[j];
    if (!isInitial(w) && !SINGLE_CAPITAL.test(w.text) && !index.givenNames.has(w.norm) && !PATRONYMIC.test(w.norm)) return undefined;
  }
  const ids = (index.surnames.get(words[last].norm) ?? []).filter((id) => {
    const p = index.people.get(id);
    return !!p && index.givenOf.get(id) === words[c.start].norm;
  });
  return chooseKb(ids, index, date, c.title);
}

/**
 * Two introduced people share the surname: the one named most recently before, unless another is by far the story's
 * subject ("Mrs. Clinton" after a passing "Chelsea Clinton" is still Hillary). A mention counts towards that only when
 * no one else of the name had been named before it (`guessed` holds the others). A head of state or government or a
 * monarch in office named last keeps the surname ("Mr Blair" after "Tony Blair" in a story about Sir Ian Blair).
 */
function nearestBefore(list: Entity[], at: number, guessed: Set<RawMention>, inOffice: (e: Entity) => boolean): { target: Entity | undefined; ambiguous: boolean } {
  const named = list.flatMap((e) => {
    let count = 0;
    let lastFull = -1;
    for (const m of e.mentions) {
      if (m.start >= at) continue;
      if (!guessed.has(m)) count++;
      if (m.kind === 'name' && m.words.length > 1) lastFull = Math.max(lastFull, m.start);
    }
    return lastFull < 0 ? [] : [{ e, count, lastFull }];
  });
  if (named.length === 0) return { target: undefined, ambiguous: false };
  const recent = named.reduce((a, b) => (b.lastFull > a.lastFull ? b : a));
  const salient = named.reduce((a, b) => (b.count > a.count ? b : a));
  const target = !inOffice(recent.e) && salient.count >= 2 * recent.count && salient.count >= recent.count + 3 ? salient.e : recent.e;
  return { target, ambiguous: named.length > 1 };
}

/** The person ever held an office with this title (and in this country, when the title names one). */
export function titleFitsKb(title: TitleInfo, person: KbPerson): boolean {
  // "BP chief executive Lord Browne" is a peer: a knowledge-base person only if the base names them as one ("Lord
  // Robertson", "Baroness Thatcher"), whichever the peerage word.
  if (PEERAGE.has(title.word.display)) return (person.aliases ?? []).some((a) => PEERAGE_WORDS.has(fold(a).split(/\s+/)[0]));
  if (!title.word.leadership || title.word.kb.length === 0) return true;
  const terms = Array.isArray(person.terms) ? person.terms : [];
  return terms.some((t) => termHasTitle(t, title.word) && (!title.country || t.country === title.country));
}

/**
 * "Governor Christie" is no prime minister of the Bahamas: before a surname alone, an office the knowledge base does
 * not check by title (governor, senator, mayor, minister) must appear in one of the person's offices.
 */
function heldOfficeNamed(title: TitleInfo, person: KbPerson): boolean {
  if (!title.word.leadership || title.word.kb.length > 0) return true;
  const word = title.word.display.toLowerCase();
  return (person.terms ?? []).some((t) => `${t.title ?? ''} ${t.office ?? ''}`.toLowerCase().includes(word));
}

/** Every term with this title starts well after the date. */
function onlyLater(title: TitleInfo, person: KbPerson, date: string): boolean {
  if (!title.word.leadership || title.word.kb.length === 0) return false;
  const terms = (person.terms ?? []).filter((t) => termHasTitle(t, title.word));
  // Two years' grace: "a President Trump" in 2016 is Trump; "President Bush" in 1991 is not George W. Bush.
  const later = `${+date.slice(0, 4) + 2}${date.slice(4)}`;
  return terms.length > 0 && terms.every((t) => termOn(t, date) === 'no' && termEndedBefore(t, date) === 'no' && t.start > later);
}

export function termHasTitle(term: KbTerm, word: TitleWord): boolean {
  const t = normTitle(term.title ?? '');
  // "Commission President" is a President; "Secretary General" is a Secretary-General.
  return word.kb.some((k) => {
    const kb = normTitle(k);
    return kb === t || (t.endsWith(' ' + kb) && !SUBORDINATE.test(t.slice(0, -kb.length)));
  });
}

// "Vice President" and "Deputy Prime Minister" are not Presidents or Prime Ministers.
const SUBORDINATE = /\b(?:vice|deputy|assistant|under|acting|associate|first deputy)\s*$/;

function normTitle(title: string): string {
  return title.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

function titleFitsEntity(title: TitleInfo, e: Entity, index: KbIndex): boolean {
  if (e.kbId) return titleFitsKb(title, index.people.get(e.kbId)!);
  return true;
}

// ---- Descriptions --------------------------------------------------------------------------------------------

interface Description extends TextSpan {
  head: DescriptionHead;
  country?: string;
  /** A US state that qualifies the office: "the Vermont senator", "the governor of Ohio". */
  state?: string;
  former: boolean;
  headline: boolean;
}

const DESCRIPTION_PREFIXES = new Set<string>();
for (const key of DESCRIPTION_HEADS.keys()) {
  const parts = key.split(' ');
  for (let n = 1; n <= parts.length; n++) DESCRIPTION_PREFIXES.add(parts.slice(0, n).join(' '));
}

function findDescriptions(words: Word[], text: string, index: KbIndex): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.isWord) continue;
    let j = i;
    let country: string | undefined;
    let former = false;
    if (w.norm === 'the') j = i + 1;
    else if (!w.cap) continue;
    else {
      // "Russia's president": a possessive country without "the".
      const c = countryAt(words, text, i, index);
      if (!c || !words[c.end - 1].possessive) continue;
    }
    if (words[j] && (lex(words[j], index) & LEX_FORMER) !== 0) {
      former = true;
      j++;
    }
    // "the Republican nominee", "the GOP presidential candidate".
    if (w.norm === 'the' && words[j] && PARTIES.has(words[j].norm) && campaignHeadAt(words, j + 1)) j++;
    // "the Vermont senator", "the New Jersey governor".
    let state = w.norm === 'the' ? stateAt(words, text, j) : null;
    if (state && !(words[state.end] && STATE_HEADS.has(words[state.end].norm))) state = null;
    if (state) j = state.end;
    else if (words[j] && ['country', 'nation'].includes(words[j].norm) && words[j].possessive) j++;
    else if (words[j] && !((lex(words[j], index) & LEX_DESCRIPTION_START) !== 0 && DESCRIPTION_HEADS.has(words[j].norm + ' ' + (words[j + 1]?.norm ?? '')))) {
      const c = countryAt(words, text, j, index);
      if (c) {
        country = c.code;
        j = c.end;
      }
    }
    if (words[j] && (lex(words[j], index) & LEX_FORMER) !== 0) {
      former = true;
      j++;
    }
    // The longest head of adjacent words (no possessive inside), read word by word until no head can follow.
    let found: { head: DescriptionHead; end: number } | null = null;
    let key = '';
    for (let len = 1; len <= DESCRIPTION_MAX_TOKENS && j + len <= words.length; len++) {
      const k = j + len - 1;
      if (len > 1 && (!adjacent(text, words[k - 1], words[k]) || words[k - 1].possessive)) break;
      if (len === 1) {
        key = words[k].norm;
        if ((lex(words[k], index) & LEX_DESCRIPTION_START) === 0) break;
      } else {
        key = key + ' ' + words[k].norm;
        if (!DESCRIPTION_PREFIXES.has(key)) break;
      }
      const head = DESCRIPTION_HEADS.get(key);
      if (head) found = { head, end: j + len };
    }
    if (!found || (found.head.needsCountry && !country && !found.head.country)) continue;
    // "the Kremlin chief" carries its country in the head.
    const head = found.head;
    // "if Trump is not the nominee", "will become the nominee": a predicate, no reference to anyone.
    if (head.campaign && words[i - 1] && PREDICATE_BEFORE.has(words[i - 1].norm)) continue;
    if (head.country) country = head.country;
    const next = words[found.end];
    const last = words[found.end - 1];
    // A capitalised name right after makes it a title ("the US President Donald Trump"), handled with the name.
    if (!last.possessive && next && next.cap && next.isWord && adjacent(text, last, next) && !NOT_NAME.has(next.norm)) continue;
    // "the senator from Vermont", "the governor of Ohio".
    if (!state && !last.possessive && STATE_HEADS.has(last.norm) && (next?.norm === 'from' || next?.norm === 'of')) {
      const after = stateAt(words, text, found.end + 1);
      if (after) {
        state = after;
        found.end = after.end;
      }
    }
    // "the president of the company": only a country may follow "of".
    if (!state && !last.possessive && next?.norm === 'of') {
      const c = words[found.end + 1] ? countryAt(words, text, found.end + 1, index) ?? (words[found.end + 1].norm === 'the' && words[found.end + 2] ? countryAt(words, text, found.end + 2, index) : null) : null;
      if (!c) continue;
      if (!country) country = c.code;
    }
    // "the president-elect", "the leader of the opposition"-style compounds are not offices held.
    if (/-/.test(last.text) && !/^secretary-general$/i.test(last.text)) continue;
    // "Japan's premier makers", "Cuba's chief diplomat", "the leader article": a head that a noun follows modifies it.
    if (!last.possessive && MODIFYING_HEADS.has(last.norm) && next?.isWord && !next.cap && adjacent(text, last, next) && !CLAUSE_WORDS.has(next.norm) && !/(?:ed|ing|ly)$/.test(next.norm)) continue;
    // "Lech Walesa, who was then the president of Poland": of its time.
    if (words[i - 1]?.norm === 'then') former = true;
    const s = w.start;
    const e = words[found.end - 1].end;
    out.push({ start: s, end: e, text: text.slice(s, e), head, country, former, headline: w.headline, ...(state ? { state: state.name } : {}) });
    i = found.end - 1;
  }
  return out;
}

const MODIFYING_HEADS = new Set(['premier', 'chief', 'leader', 'head']);
// Words that may follow a description as the subject or object of its clause.
const CLAUSE_WORDS = new Set(
  ('said says told tells asked has had have is was were will would can could may might must should shall did does ' +
    'and or but nor of in on at to for from with by as who whose whom which that than then now also again later ' +
    'himself herself met called added insisted warned urged agreed wants wanted gave took made spoke visited signed ' +
    'himself itself there here this these those its his her their when while after before since if because first last ' +
    'still already never always often just only even once went came got held kept led left ran saw sent spent stood ' +
    'won wrote sought thought knew became began brought put set lost faced').split(' '),
);

function termFitsHead(term: KbTerm, head: DescriptionHead): boolean {
  if (head.titles.length && !head.titles.some((t) => termHasTitle(term, { leadership: true, kb: [t], display: t }))) return false;
  if (head.roles.length && !head.roles.includes(term.role)) return false;
  return true;
}

/** The person a description refers to, or null/"ambiguous". Returns a knowledge-base id for someone not yet named. */
const LESSER_TITLE = /\b(?:lt|lieutenant|vice|deputy|assistant|under|associate)\b\.?[\s-]+\S+$/i;

const SUBJECT_VERB = /^\s+(?:told|met|thanked|called|urged|warned|asked|phoned|visited|praised|criticised|criticized|replaced|succeeded|defeated|accused|welcomed)\s+$/;

function resolveDescription(d: Description, entities: Entity[], index: KbIndex, date: string, text: string): Entity | string | null | 'ambiguous' {
  const fitsPerson = (p: KbPerson) =>
    (p.terms ?? []).some(
      (t) => termFitsHead(t, d.head) && (!d.country || t.country === d.country) && (d.former ? termEndedBefore(t, date) !== 'no' && termOn(t, date) !== 'yes' : termOn(t, date) !== 'no'),
    );
  const fitsTitle = (t: TitleInfo | undefined) => {
    // "ex-chancellor Ken Clarke" is no "the chancellor", nor "Lt. Gov. Eric Holcomb" "the governor".
    if (!t || d.former || t.former || LESSER_TITLE.test(t.text)) return false;
    if (d.country && t.country !== d.country) return false;
    const display = t.word.display.toLowerCase();
    if (d.head.titles.length) return d.head.titles.some((x) => x.toLowerCase() === display);
    if (d.head.roles.includes('head_of_government') || d.head.roles.includes('head_of_state')) return ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'governor', 'mayor'].includes(display);
    return false;
  };
  // A knowledge-base person also fits by an office the article gives them and the base does not record ("Gov. Mike
  // Pence", "Chancellor Gordon Brown" in 2005); an office it records counts only on the dates it records.
  const fitsByMention = (e: Entity, p: KbPerson) =>
    e.mentions.some((m) => m.kind === 'name' && m.title?.word.leadership && fitsTitle(m.title) && !(p.terms ?? []).some((t) => termHasTitle(t, m.title!.word)));
  // "Albright told the foreign minister": the object of a verb whose subject is named just before is someone else.
  const subjectJustBefore = (e: Entity) => e.mentions.some((m) => m.kind === 'name' && m.end <= d.start && d.start - m.end <= 16 && SUBJECT_VERB.test(text.slice(m.end, d.start)));
  const fits = (e: Entity) => {
    if (subjectJustBefore(e)) return false;
    if (!e.kbId) return e.leader && fitsTitle(e.textTitle);
    const p = index.people.get(e.kbId)!;
    return fitsPerson(p) || fitsByMention(e, p);
  };
  const named = (e: Entity, before: boolean) => e.mentions.some((m) => m.kind === 'name' && (!before || m.start < d.start));
  // "the candidate", "the GOP nominee" refer to whoever the story is about, not reliably to the one it titled so; only an
  // apposition ("Donald J. Trump, the Republican nominee,") names them.
  if (d.head.campaign) return null;
  let candidates = entities.filter((e) => named(e, true) && fits(e));
  if (candidates.length === 0) candidates = entities.filter((e) => named(e, false) && fits(e));
  // "the Vermont senator": the senator named beside Vermont ("Sen. Jo Roe of Vermont", "(D-Vt.)"), no other.
  if (d.state) candidates = candidates.filter((e) => namedBesideState(e, d.state!, text));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) return 'ambiguous';
  if (!d.country || d.former) return null;
  const holders = holdersOn(index, d.country, date, (t) => termFitsHead(t, d.head) && termOn(t, date) === 'yes');
  const ids = [...new Set(holders.map((h) => h.person.id))];
  if (ids.length === 1) return ids[0];
  return ids.length > 1 ? 'ambiguous' : null;
}

const PREDICATE_BEFORE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'become', 'becomes', 'became', 'becoming', 'as', 'not', 'remain', 'remains']);

const PARTIES = new Set(['republican', 'gop', 'democratic', 'democrat', 'labour', 'conservative', 'tory', 'liberal']);

function campaignHeadAt(words: Word[], j: number): boolean {
  const w = words[j];
  if (!w) return false;
  return !!DESCRIPTION_HEADS.get(w.norm)?.campaign || !!DESCRIPTION_HEADS.get(`${w.norm} ${words[j + 1]?.norm ?? ''}`)?.campaign;
}

/** A US state at word j (one or two words), by name. */
function stateAt(words: Word[], text: string, j: number): { name: string; end: number } | null {
  const w = words[j];
  if (!w?.cap || !w.isWord) return null;
  const two = words[j + 1] && adjacent(text, w, words[j + 1]) ? `${w.norm} ${words[j + 1].norm}` : '';
  if (two && US_STATES.has(two)) return { name: two, end: j + 2 };
  return US_STATES.has(w.norm) ? { name: w.norm, end: j + 1 } : null;
}

/** A name mention of the entity has the state written beside it: "Vermont Sen. Jo Roe", "Jo Roe of Vermont", "(I-Vt.)". */
function namedBesideState(e: Entity, state: string, text: string): boolean {
  const forms = [state.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), ...(US_STATES.get(state) ?? [])];
  return e.mentions.some((m) => {
    // Where the person is introduced: in full or with a title, not "Against Roe, the Texas senator".
    if (m.kind !== 'name' || (m.words.length < 2 && !m.title)) return false;
    const from = m.title ? Math.min(m.title.start, m.start) : m.start;
    let before = text.slice(Math.max(0, from - 30), from);
    let after = text.slice(m.end, m.end + 30);
    // Within the sentence: "Jo Roe of Vermont spoke. Sen. Al Doe (R-Fla.)" puts no Vermont beside Al Doe.
    before = before.slice(before.search(/[.!?;\n]\s+[^.!?;\n]*$/) + 1);
    const end = after.search(/[.!?;\n](?:\s|$)/);
    if (end >= 0) after = after.slice(0, end + 1);
    const around = before + text.slice(from, m.end) + after;
    return forms.some((f) => new RegExp(`(?<![\\p{L}])${f.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u').test(around));
  });
}

export const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with', 'as', 'from', 'vs.']);

let titleCaseBuffer = new Uint8Array(4096);

/** Per word: it is in a title-case line ("Pastor Wants Girl Scout Leaders To Quit"), where capitals say nothing. */
function titleCaseLines(words: Word[], _text: string): Uint8Array {
  // One buffer reused from article to article (a new typed array each time costs more than clearing it).
  if (titleCaseBuffer.length < words.length) titleCaseBuffer = new Uint8Array(Math.max(words.length, titleCaseBuffer.length * 2));
  const flags = titleCaseBuffer;
  flags.fill(0, 0, words.length);
  let s = 0;
  while (s < words.length) {
    // Title case: several words and no lower-case word other than short function words.
    let e = s;
    let n = 0;
    let lower = false;
    do {
      const w = words[e];
      if (w.isWord) {
        n++;
        if (!lower && !w.cap && !TITLE_CASE_LOWER.has(w.text)) lower = true;
      }
      e++;
    } while (e < words.length && words[e].segment === words[s].segment && !words[e].nl);
    if (n >= 4 && !lower) flags.fill(1, s, e);
    s = e;
  }
  return flags;
}

function isTitleCaseHeadline(words: Word[]): boolean {
  let n = 0;
  let cap = 0;
  for (const w of words) {
    if (!w.headline) break; // the headline's words come first
    if (!w.isWord) continue;
    n++;
    if (w.cap) cap++;
  }
  if (n < 4) return false;
  return cap / n > 0.6;
}
export type { Span };
