// Review checks on leaders: annotation, title on the date, country, spelling variants, first reference.
import type { KbPerson, KbTerm } from '../knowledge';
import { lineEnd, lineStart } from '../lines';
import type { Finding, Fix, Leader, TextEdit } from '../types';
import { countryName, dateRange, holdersOn, officeOn, termEndedBefore, termOn, termRange, type KbIndex } from './kb';
import { TITLE_CASE_LOWER, termHasTitle, type Entity, type RawMention, type TitleInfo } from './recognise';

// "the Blair government", "the Bush-Cheney campaign": a surname that names an era or a team needs no introduction.
// "the Bush and Obama administrations", "the Clinton, Bush and Obama eras", "an Obama nominee": the surname modifies a
// noun, also at the head of a coordination.
const ATTRIBUTIVE =
  /^(?:[-–]\p{Lu}\p{L}+)*(?:(?:,|\s+and|,\s+and)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\(No\.\s*\d+\))?)*\s+(?:governments?|administrations?|campaigns?|cabinets?|eras?|years|presidency|presidencies|premiership|camps?|teams?|doctrine|regimes?|reforms?|plans?|policy|policies|initiatives?|proposals?|agenda|legacy|visits?|speech|nominees?|appointees?)\b/u;

// "the Trump name", "a new Rubio ad", "former Obama adviser", "an anti-Trump group": a surname after a determiner or
// in a compound modifies what follows.
const MODIFIER_BEFORE = /(?:\b(?:the|a|an|new|former|his|her|their|its|our)\s+|\b(?:anti|pro|non|post|pre)-(?:\p{Lu}\p{L}*\s+)?)$/iu;

function attributive(text: string, m: RawMention): boolean {
  return ATTRIBUTIVE.test(text.slice(m.end, m.end + 40)) || MODIFIER_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/** The knowledge base lists office holders from this date on; titles before it are not checked. */
const COVERAGE_START = '2000-01-01';

export interface CheckContext {
  /** The document text, to read the words around a title. */
  text: string;
  index: KbIndex;
  date: string;
  /** Where the date came from, for messages ("the article's date" or "the knowledge base's status date"). */
  dateFromArticle: boolean;
  houseSpellings: Record<string, string>;
  /** Where the body starts, after the front matter. */
  bodyStart: number;
  /** Where the headline block that opens the body ends, once asked for (see openingBlockEnd). */
  openingEnd?: number;
}

export function checkLeader(e: Entity, leader: Leader, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const names = e.mentions.filter((m) => m.kind === 'name');
  const first = e.mentions.find((m) => !m.headline && m.kind === 'name') ?? e.mentions[0];
  if (!first) return findings;
  findings.push(annotation(e, leader, first, ctx));
  const person = e.kbId ? ctx.index.people.get(e.kbId) : undefined;
  if (person) {
    for (const m of names) {
      if (!m.title || !m.title.word.leadership) continue;
      const f = checkTitle(m, m.title, person, ctx);
      if (f) findings.push(f);
    }
    findings.push(...spellingVariants(person, names, ctx));
  }
  // A surname in a subhead ("TRUMP COUNTER.", "Rubio: Finish second.") is no first reference either.
  const inBody = (m: RawMention) => !m.headline && m.kind === 'name' && /\p{Ll}/u.test(m.text) && !(m.surnameOnly && inShortParagraph(ctx.text, m));
  let firstName = e.mentions.find(inBody);
  // "Trump tells 3,000 in Reno NFL has gone soft." opening copy without front matter is a headline all the same.
  if (firstName?.surnameOnly) {
    const blockEnd = (ctx.openingEnd ??= openingBlockEnd(ctx.text, ctx.bodyStart));
    // A full name in a deck introduces the person all the same.
    if (firstName.start < blockEnd && e.mentions.some((m) => inBody(m) && m.start < blockEnd && !m.surnameOnly)) firstName = undefined;
    else if (firstName.start < blockEnd) firstName = e.mentions.find((m) => inBody(m) && m.start >= blockEnd);
  }
  if (firstName && firstName.surnameOnly && !firstName.title && !attributive(ctx.text, firstName)) {
    const full = person?.name ?? e.name;
    if (full !== firstName.text) {
      findings.push({
        start: firstName.start,
        end: firstName.end,
        severity: 'hint',
        code: 'leader.first-reference',
        message: `First reference to ${full} uses the surname only; introduce the person in full${leader.term ? `, e.g. "${leader.term.title} ${full}"` : ` ("${full}")`}.`,
        fixes: [{ title: `Write "${full}"`, edits: [{ start: firstName.start, end: firstName.end, newText: full }], preferred: true }],
      });
    }
  }
  return findings;
}

const OPENING_LINE_WORDS = 15;
const TITLE_CASE_HEADLINE_WORDS = 30;
const DECK_WORDS = 30;

/**
 * Where the headline block that opens the body ends (0 if none): a line standing alone as a paragraph with at most 15
 * words or in title case, a deck line right under it, then all-capital label lines ("ABSTRACT.") and up to two short
 * paragraphs (decks).
 */
function openingBlockEnd(text: string, bodyStart: number): number {
  const start = bodyStart + /^\s*/.exec(text.slice(bodyStart, bodyStart + 1000))![0].length;
  let end = lineEnd(text, start);
  const headline = text.slice(start, end).trim();
  const words = headline.split(/\s+/);
  if (words.length > OPENING_LINE_WORDS && !(words.length <= TITLE_CASE_HEADLINE_WORDS && isTitleCase(words))) return 0;
  if (!blankLineAt(text, end)) {
    // "Obama lays out stakes for a divided nation;" over a deck line and a blank line: a headline and its subhead.
    if (/[.!?]["”’']?$/.test(headline)) return 0;
    const deckEnd = lineEnd(text, end + 1);
    const deck = text.slice(end + 1, deckEnd).trim();
    if (!deck || deck.split(/\s+/).length > DECK_WORDS || !blankLineAt(text, deckEnd)) return 0;
    end = deckEnd;
  }
  let decks = 0;
  for (;;) {
    const next = /^\s*/.exec(text.slice(end, end + 100))![0].length + end;
    const nextEnd = lineEnd(text, next);
    const line = text.slice(next, nextEnd).trim();
    if (!line || line.split(/\s+/).length > OPENING_LINE_WORDS || !blankLineAt(text, nextEnd)) return end;
    const label = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(line);
    if (!label && ++decks > MAX_DECKS) return end;
    end = nextEnd;
  }
}
// Short paragraphs under the headline are its decks ("Lack of attention to Democratic race hurting rivals Sanders").
const MAX_DECKS = 2;

const SUBHEAD_WORDS = 6;

/** Whether the mention stands in a paragraph (a line) of at most six words. */
function inShortParagraph(text: string, m: RawMention): boolean {
  // Six words fit in a couple of hundred characters: looking no further keeps a megabyte line linear.
  const from = Math.max(0, m.start - SUBHEAD_CHARS);
  const newlineBefore = text.slice(from, m.start).lastIndexOf('\n');
  if (newlineBefore < 0 && from > 0) return false;
  const ahead = text.slice(m.end, m.end + SUBHEAD_CHARS);
  const newlineAfter = ahead.indexOf('\n');
  if (newlineAfter < 0 && m.end + ahead.length < text.length) return false;
  const paragraph = text.slice(from + newlineBefore + 1, newlineAfter < 0 ? text.length : m.end + newlineAfter).trim();
  return paragraph.split(/\s+/).length <= SUBHEAD_WORDS;
}
const SUBHEAD_CHARS = 200;

function blankLineAt(text: string, end: number): boolean {
  return end === text.length || /^\r?\n[ \t]*\r?\n/.test(text.slice(end, end + 4));
}

/** "Emails Reveal Hillary Aid And CNN Reporter Caught Conspiring": every word but the short function words capitalised. */
function isTitleCase(words: string[]): boolean {
  return words.every((w) => !/^[‘'“"(]?\p{Ll}/u.test(w) || TITLE_CASE_LOWER.has(w.toLowerCase()));
}

function annotation(e: Entity, leader: Leader, at: RawMention, ctx: CheckContext): Finding {
  const names = e.mentions.filter((m) => m.kind === 'name').length;
  const descriptions = e.mentions.length - names;
  const count = `${names} name mention${names === 1 ? '' : 's'}${descriptions ? ` and ${descriptions} description${descriptions === 1 ? '' : 's'}` : ''} in this article`;
  let office: string;
  if (!leader.known) {
    office = `${leader.office || 'leader'} (from the article's own words; not in the knowledge base)`;
  } else if (leader.officeNote) {
    office = `${leader.office} (${leader.officeNote})`;
  } else {
    const person = e.kbId ? ctx.index.people.get(e.kbId) : undefined;
    const t = leader.term ?? (person ? officeOn(person, ctx.date).term : null);
    if (!t) return { start: at.start, end: at.end, severity: 'information', code: 'leader.annotation', message: `${leader.name}: no office recorded. ${count}.` };
    const held = termOn(t, ctx.date);
    const range = termRange(t.start, t.end, ctx.date, ctx.index.knowledge.status);
    if (held !== 'no') office = `${t.office} (${range})`;
    else if (dateRange(t.start)![0] > ctx.date) office = `not yet in office on ${ctx.date}; later ${t.office} (${range})`;
    else office = `former ${t.office} (${range})`;
  }
  const country = leader.countryName ? `, ${leader.countryName}` : '';
  const asOf = leader.known ? ` Knowledge as of ${ctx.index.knowledge.status}.` : '';
  return {
    start: at.start,
    end: at.end,
    severity: 'information',
    code: 'leader.annotation',
    message: `${leader.name}: ${office}${country}. ${count.charAt(0).toUpperCase()}${count.slice(1)}.${asOf}`,
  };
}

/** The title fits the office on the reference date; else a warning naming who held it then. */
function checkTitle(m: RawMention, title: TitleInfo, person: KbPerson, ctx: CheckContext): Finding | null {
  const terms = (Array.isArray(person.terms) ? person.terms : []).filter((t) => t && dateRange(t.start));
  const titleText = title.text.trim();
  const span = title.apposition ? { start: m.start, end: title.end } : { start: title.start, end: m.end };
  // Country first: "French President Olaf Scholz".
  if (title.country && !terms.some((t) => t.country === title.country)) {
    const held = terms.filter((t) => termHasTitle(t, title.word));
    const actual = held.length ? held : terms;
    const where = actual.length ? actual.map((t) => `${t.office} (${t.start}–${t.end ?? 'present'})`).join('; ') : 'no office in the knowledge base';
    const then = titleHolders(ctx, title.country, title, person);
    return {
      ...span,
      severity: 'warning',
      code: 'leader.wrong-country',
      message: `"${titleText}" does not fit ${person.name}, who never held office in ${countryName(ctx.index, title.country)}: ${where}.${then}`,
    };
  }
  // Before the knowledge base's coverage (heads since 2000) an absent term proves nothing.
  if (title.word.kb.length === 0 || ctx.date < COVERAGE_START) return null;
  const matching = terms.filter((t) => termHasTitle(t, title.word) && (!title.country || t.country === title.country));
  const date = ctx.date;
  // After the knowledge base's date a term it has open may have ended, and a new office begun.
  const beyondKb = date > ctx.index.knowledge.status;
  if (title.former) {
    if (matching.some((t) => termEndedBefore(t, date) !== 'no')) return null;
    const current = matching.find((t) => termOn(t, date) !== 'no');
    if (current && beyondKb && !current.end) return null;
    if (current) {
      return {
        ...span,
        severity: 'warning',
        code: 'leader.title-at-date',
        message: `"${titleText}": on ${date} ${person.name} was still ${current.office} (since ${current.start}), not a former one.`,
        fixes: removeFormer(m, title),
      };
    }
    if (matching.length) return null; // Only future terms: "former" cannot be judged.
  } else if (matching.some((t) => termOn(t, date) !== 'no')) {
    return null;
  } else if (matching.length && historical(ctx.text, ctx.date, m, title, matching)) {
    return null;
  }
  // A title the person never held in the knowledge base may belong to an office it does not record (finance
  // ministers, party posts): it is wrong only when the base knows what the person was on that date, which it does
  // not after its own date.
  if (matching.length === 0 && (beyondKb || !terms.some((t) => termOn(t, date) !== 'no'))) return null;
  const past = matching.filter((t) => termEndedBefore(t, date) === 'yes');
  const future = matching.filter((t) => termOn(t, date) === 'no' && termEndedBefore(t, date) === 'no');
  const country = title.country ?? matching[0]?.country ?? currentCountry(terms, date);
  const then = country ? titleHolders(ctx, country, title, person) : '';
  let why: string;
  if (past.length && !title.former) {
    const last = past[past.length - 1];
    why = `${person.name} was ${last.office} until ${last.end}, so on ${date} the title is out of date; write "former ${stripFormer(titleText)}".`;
  } else if (future.length && !past.length) {
    why = `${person.name} only became ${future[0].office} on ${future[0].start}.`;
  } else {
    const held = terms.map((t) => `${t.office} (${t.start}–${t.end ?? 'present'})`).join('; ');
    why = `${person.name} never held this title${held ? `; the knowledge base has ${held}` : ''}.`;
  }
  const fixes: Fix[] | undefined = past.length && !title.former && !title.apposition ? [{ title: `Write "former ${stripFormer(titleText)}"`, edits: [{ start: title.start, end: title.start, newText: 'former ' }], preferred: true }] : undefined;
  return {
    ...span,
    severity: 'warning',
    code: 'leader.title-at-date',
    message: `"${titleText} ${m.text}" on ${date}${ctx.dateFromArticle ? '' : ' (the knowledge base date; the article has none)'}: ${why}${then}`,
    ...(fixes ? { fixes } : {}),
  };
}

// Words that put "President George W. Bush" in his own time rather than the article's: "under", "adviser to",
// "appointed by", "when", "a President Trump" (hypothetical).
const HISTORICAL_BEFORE = /\b(?:under|during|when|while|then|by|to|of|for|a|an|first|late|previous|predecessor)\s+$/i;
const HISTORICAL_NEAR = /\b(?:administration|term|presidency|premiership|tenure|era|years|served|appointed|nominated|aide|adviser|advisor|cabinet|era|government)\b/i;

const PAST_AFTER = /^(?:['’]s\s+\w+)?\s+(?:was|were|had been)\b/;
const POSSESSIVE_AFTER = /^['’]s/;
const PAST_VERB_BEFORE = /\b\p{L}{3,}ed\s+$/u;
// A past form right after the name, speech verbs aside ("President Bush said" may be today's news).
const PAST_VERB_AFTER = /^\s+(?:''|["“‘])?(?!(?:said|added|noted|stated|asked|argued|warned|explained|claimed|insisted|announced|replied|tweeted|posted)\b)(?:\p{Ll}{2,}ed|led|went|took|sent|made|gave|won|lost)\b/u;
const LONG_AGO_YEARS = 10;
const ABOUT_TODAY = /\b(?:says|tells|today|tonight|yesterday|this (?:week|morning|afternoon|evening)|last (?:week|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** The title is used of the past (or a hypothetical), as in "under President Clinton" or "in 2003, President Bush". */
function historical(text: string, date: string, m: RawMention, title: TitleInfo, terms: KbTerm[]): boolean {
  const before = text.slice(Math.max(0, title.start - 20), title.start);
  if (HISTORICAL_BEFORE.test(before)) return true;
  // "Prime Minister Koizumi was the first to call", "President Bush had been warned": said of that time.
  if (PAST_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  // The same line (paragraph), at most 80 characters before and 60 after.
  const around = text.slice(Math.max(lineStart(text, title.start), title.start - 80), Math.min(lineEnd(text, m.end), m.end + 60));
  if (HISTORICAL_NEAR.test(around)) return true;
  // "continue President Bush's policy", "criticised President Bush", "President Bush ''lied''": a possession or an act
  // of that time.
  const after = text.slice(m.end, m.end + 24);
  if ((POSSESSIVE_AFTER.test(after) || PAST_VERB_BEFORE.test(before) || PAST_VERB_AFTER.test(after)) && !ABOUT_TODAY.test(around)) return true;
  // A title lost over ten years before speaks of its time ("the attempt on President Ronald Reagan" in 2005), unless
  // the sentence is about today ("President Reagan says", "said on Monday").
  const longAgo = `${+date.slice(0, 4) - LONG_AGO_YEARS}${date.slice(4)}`;
  if (terms.every((t) => termEndedBefore(t, date) === 'yes' && dateRange(t.end!)![1] < longAgo) && !ABOUT_TODAY.test(around)) return true;
  // A past year within one of the matching terms: "In 2003, President Bush said", or in the sentence before one that
  // the title opens ("… in the winter of 2014. President Viktor Yanukovych, who owed his election …").
  const opensSentence = /(?:^|[.!?]["”’]?)\s*$/.test(text.slice(Math.max(0, title.start - 4), title.start));
  const previous = opensSentence && !ABOUT_TODAY.test(around) ? text.slice(Math.max(0, title.start - PREVIOUS_SENTENCE_CHARS), title.start).split(/[.!?]\s+(?=\S)/).slice(-2).join(' ') : '';
  for (const y of (around + ' ' + previous).match(/\b(?:19|20)\d\d\b/g) ?? []) {
    if (y < date.slice(0, 4) && terms.some((t) => y >= t.start.slice(0, 4) && (t.end === null || y <= t.end.slice(0, 4)))) return true;
  }
  return false;
}
const PREVIOUS_SENTENCE_CHARS = 240;

function stripFormer(title: string): string {
  return title.replace(/^(former|ex-?|then-?)\s*/i, '');
}

function removeFormer(m: RawMention, title: TitleInfo): Fix[] | undefined {
  const match = /^(former|ex-|then-)\s*/i.exec(title.text);
  if (!match || title.apposition) return undefined;
  return [{ title: `Remove "${match[1]}"`, edits: [{ start: title.start, end: title.start + match[0].length, newText: '' }], preferred: true }];
}

function currentCountry(terms: KbTerm[], date: string): string | undefined {
  return terms.find((t) => termOn(t, date) !== 'no')?.country ?? terms[terms.length - 1]?.country;
}

/** " On 2025-07-03 the President of France was Emmanuel Macron." */
function titleHolders(ctx: CheckContext, country: string, title: TitleInfo, except: KbPerson): string {
  if (title.word.kb.length === 0) return '';
  const holders = holdersOn(ctx.index, country, ctx.date, (t) => termHasTitle(t, title.word) && termOn(t, ctx.date) === 'yes').filter((h) => h.person.id !== except.id);
  if (holders.length === 0) return '';
  const h = holders[0];
  const status = ctx.index.knowledge.status;
  return ctx.date > status ? ` On ${status}, the knowledge base's date, the ${h.term.office} was ${h.person.name}.` : ` On ${ctx.date} the ${h.term.office} was ${h.person.name}.`;
}

// ---- Spelling ------------------------------------------------------------------------------------------------

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

const MARKS = /\p{M}/gu;

function plain(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** One person spelled two ways ("Zelensky", "Zelenskyy"): a warning at each minority spelling, with fixes. */
function spellingVariants(person: KbPerson, names: RawMention[], ctx: CheckContext): Finding[] {
  const surnameWords = plain(person.surname || person.name).split(/\s+/);
  const surnameLast = surnameWords[surnameWords.length - 1];
  const used: { spelling: string; edit: TextEdit; m: RawMention }[] = [];
  // A name recurs through an article: each written form is compared with the surname once.
  const spellingOf = new Map<string, string | null>();
  for (const m of names) {
    const word = m.words.findLast((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w.text));
    if (!word) continue;
    let spelling = spellingOf.get(word.text);
    if (spelling === undefined) {
      const d = editDistance(plain(word.text), surnameLast);
      spelling = d > Math.max(1, Math.floor(surnameLast.length / 3)) ? null : word.text.normalize('NFC');
      spellingOf.set(word.text, spelling);
    }
    if (spelling !== null) used.push({ spelling, edit: { start: word.start, end: word.end, newText: '' }, m });
  }
  const spellings: string[] = [];
  for (const u of used) if (!spellings.some((s) => s.toLowerCase() === u.spelling.toLowerCase())) spellings.push(u.spelling);
  if (spellings.length < 2) return [];
  const house = houseChoice(spellings, ctx.houseSpellings);
  const target = house ?? spellings[0];
  const fixFor = (to: string, preferred: boolean): Fix => {
    const edits = used.filter((u) => u.spelling.toLowerCase() !== to.toLowerCase()).map((u) => ({ ...u.edit, newText: to }));
    return { title: `Spell ${person.name} "${to}" throughout (${edits.length} change${edits.length === 1 ? '' : 's'})`, edits, ...(preferred ? { preferred: true } : {}) };
  };
  const targetSeen = spellings.find((s) => s.toLowerCase() === target.toLowerCase());
  const fixes = [fixFor(target, true), ...spellings.filter((s) => s !== targetSeen).map((s) => fixFor(s, false))];
  const why = house ? 'house style' : 'the first spelling used';
  return used
    .filter((u) => u.spelling.toLowerCase() !== target.toLowerCase())
    .map((u) => ({
      start: u.edit.start,
      end: u.edit.end,
      severity: 'warning' as const,
      code: 'leader.spelling-variant',
      message: `${person.name} is spelled ${spellings.map((s) => `"${s}"`).join(' and ')} in this article; use one spelling ("${target}", ${why}).`,
      fixes,
    }));
}

function houseChoice(spellings: string[], house: Record<string, string>): string | undefined {
  const entries = Object.entries(house ?? {});
  for (const s of spellings) {
    for (const [variant, preferred] of entries) {
      if (variant.toLowerCase() === s.toLowerCase() && typeof preferred === 'string') return preferred;
      if (typeof preferred === 'string' && preferred.toLowerCase() === s.toLowerCase()) return preferred;
    }
  }
  return undefined;
}
