// The recognisers: each rule is one regular expression and a function from its match to a candidate that can
// resolve itself. Spans follow TempEval-3: leading prepositions ("on", "in") are left out, determiners and
// modifiers that change the meaning ("last", "the past", "early", "about") are kept.
//
// Backtracking audit: every quantifier is bounded ({1,3}) or applies to a single character class that the next
// token cannot also match, every alternation is of literals, and no group is repeated; so each match attempt does
// a bounded amount of work and a scan is linear in the text.
import {
  addDays,
  dateInWords,
  daysInMonth,
  diffDays,
  easter,
  isoDate,
  isoWeekValue,
  isValidYmd,
  MONTH_NAMES,
  nthWeekday,
  pad,
  quarterOf,
  weekday,
  WEEKDAY_NAMES,
  zoneOffset,
  type Ymd,
} from './calendar';
import {
  COUNT,
  NUMBER_WORD,
  countValue,
  durationValue,
  MONTH,
  MONTH_FULL_ONLY,
  MONTHS,
  ORDINALS,
  PART_OF_DAY,
  SEASONS,
  UNIT,
  unitOf,
  WEEKDAY,
  WEEKDAY_ABBR,
  WEEKDAYS,
  ZONE,
} from './lexicon';
import {
  anchorFor,
  dayResolution,
  resolveMonthYear,
  resolveYear,
  shiftGranular,
  tenseWords,
  unresolved,
  weekdayFrom,
  type Candidate,
  type Issue,
  type ResolveContext,
  type Resolution,
  type Tense,
} from './resolve';

/** "[Ll]ast": the first letter in either case, the rest as written. */
function w(word: string): string {
  const c = word[0];
  return /[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]${word.slice(1)}` : word;
}
function alt(words: string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(w).join('|')})`;
}

const B = "(?<![\\w'’\\-\\u00C0-\\u024F])";
const E = "(?![\\w\\u00C0-\\u024F])";
const S = '\\s{1,3}';

interface Rule {
  name: string;
  pattern: RegExp;
  /** The same pattern, sticky: tried only at the positions near a trigger. */
  sticky: RegExp;
  /** The pattern begins with B: a match never starts right after a letter, digit, apostrophe or hyphen. */
  wordStart: boolean;
  make(m: RegExpExecArray, text: string): Candidate | null;
}

const rules: Rule[] = [];
function rule(name: string, source: string, make: Rule['make'], flags = 'gu'): void {
  rules.push({ name, pattern: new RegExp(source, flags), sticky: new RegExp(source, flags.replace('g', '') + 'y'), wordStart: source.startsWith(B), make });
}

// Speed: instead of every rule scanning the whole text, one pass over the text finds the trigger words (and runs of
// digits), and each rule is tried only at the positions from `lead` characters before one of its triggers up to the
// trigger itself. A rule's every match contains one of its triggers (as a whole ASCII-letter or digit token) at most
// `lead` characters after the match's start, so the positions skipped are ones where the rule cannot match, and the
// matches found are exactly those of a full scan (positions are tried in order, and after a match the next attempt
// starts at its end, as a global scan does).
interface Trigger {
  words?: string[];
  /** Runs of ASCII digits trigger the rule; `lengths` lists the run lengths its matches can contain (all if absent). */
  digits?: boolean;
  lengths?: number[];
  /**
   * A cheap necessary condition on a run of digits [start, end) for a match of the rule to contain it where the
   * rule's trigger must be: a run that fails it triggers nothing. (Reading past the scanned range only lets more
   * runs through, which is safe.)
   */
  check?: (text: string, start: number, end: number) => boolean;
  /** The same for a trigger word [start, end). */
  wordCheck?: (text: string, start: number, end: number) => boolean;
  /**
   * A match that begins before the trigger has one of these words (as a whole run of ASCII letters) right before it,
   * after at most three spaces or one hyphen; without one there, the rule is tried at the trigger's own position only.
   */
  leadAfter?: () => string[];
  lead: number;
}
/** \s in a Unicode regular expression. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
const ch = (text: string, i: number) => text.charCodeAt(i);
/** "/" or ".". */
const slashOrDot = (c: number) => c === 47 || c === 46;
/** The run is followed by one of the given characters. */
const followedBy = (chars: string) => {
  const codes = [...chars].map((ch) => ch.charCodeAt(0));
  return (text: string, _start: number, end: number) => codes.includes(ch(text, end));
};
const MONTH_TOKENS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
const MONTH_FULL_TOKENS = MONTH_TOKENS.slice(0, 12);
const WEEKDAY_TOKENS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBR_TOKENS = ['mon', 'tues', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri', 'sat', 'sun'];
const QUARTER_OF_PEOPLE_AFTER = /^\s(?:said|say|says|were|are|think|thought|believe|believed|support|supported|oppose|opposed|want|wanted|agree|agreed|voted|backed)\b/;
const UNIT_TOKENS = ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia'];
const plural = (words: string[]) => [...words, ...words.map((x) => x + 's')];
const asciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** The lower-case words in regular-expression sources or phrases. */
const wordsIn = (...sources: string[]) => sources.flatMap((x) => x.toLowerCase().match(/[a-z]+/g) ?? []);
/**
 * A trigger word that follows one of `words` and 1–3 spaces (or one of `hyphens`), or a digit when `digits`: the
 * word before is read as the whole run of ASCII letters before the spaces, which in these rules is a whole word of
 * the pattern (the pattern puts a space, a hyphen or B before each of its words). Anything outside ASCII just before
 * is let through, since a case-insensitive pattern matches "ſ" as "s".
 */
function after(words: () => string[], opts: { hyphens?: string; digits?: boolean } = {}): Trigger['wordCheck'] {
  let set: Set<string> | null = null;
  return (text, start) => {
    set ??= new Set(words());
    let k = start - 1;
    if (k < 0) return false;
    if (opts.hyphens && opts.hyphens.includes(text[k])) k--;
    else {
      let n = 0;
      while (n < 3 && k >= 0 && isSpace(text.charCodeAt(k))) {
        k--;
        n++;
      }
      if (n === 0) return false;
    }
    if (k < 0) return false;
    const c = text.charCodeAt(k);
    if (c >= 128) return true;
    if (opts.digits && c >= 48 && c <= 57) return true;
    let b = k;
    while (b >= 0 && asciiLetter(text.charCodeAt(b))) b--;
    if (b === k) return false;
    if (b >= 0 && text.charCodeAt(b) >= 128) return true;
    return set.has(text.slice(b + 1, k + 1).toLowerCase());
  };
}
/** A trigger word followed by text that `next` matches (read over the 12 characters after the word). */
function wordFollowedBy(next: RegExp): Trigger['wordCheck'] {
  return (text, _start, end) => next.test(text.slice(end, end + 12));
}
const PLURAL_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'centuries'];
const TRIGGERS: Record<string, Trigger> = {
  'calendar date': { words: MONTH_TOKENS, lead: 40 },
  'date of a relative year': { words: MONTH_TOKENS, lead: 20 },
  // "the 3rd": an ordinal suffix follows the digits.
  'day of month': { digits: true, lengths: [1, 2], check: followedBy('snrt'), lead: 6 },
  'iso date': { digits: true, lengths: [4], check: followedBy('-'), lead: 0 },
  'numeric date': { digits: true, lengths: [1, 2], check: (text, _s, end) => slashOrDot(ch(text, end)), lead: 0 },
  'yearless numeric date': { digits: true, lengths: [1, 2], check: followedBy('/'), lead: 0 },
  'year span': { digits: true, lengths: [4], check: followedBy('-/–'), lead: 0 },
  'year-first numeric date': { digits: true, lengths: [4], check: followedBy('/'), lead: 0 },
  // The month is followed by a comma or spaces, or "of", before the year.
  'month and year': {
    words: MONTH_TOKENS,
    wordCheck: (text, _s, end) => {
      let k = end;
      if (ch(text, k) === 46) k++;
      if (ch(text, k) === 44) k++;
      if (!isSpace(ch(text, k))) return false;
      while (isSpace(ch(text, k))) k++;
      const c = ch(text, k);
      return (c >= 48 && c <= 57) || c === 111;
    },
    lead: 30,
  },
  month: { words: MONTH_FULL_TOKENS, leadAfter: () => [...wordsIn(...PREFIX_WORDS), 'last', 'this', 'next', 'past', 'coming'], lead: 45 },
  // 1500–2099.
  year: { digits: true, lengths: [4], check: (text, start) => (ch(text, start) === 49 && ch(text, start + 1) >= 53) || (ch(text, start) === 50 && ch(text, start + 1) === 48), leadAfter: () => [...wordsIn(...PREFIX_WORDS), 'fiscal', 'year', 'calendar', 'fy'], lead: 50 },
  'fiscal year short': { words: ['fy'], lead: 2 },
  'two-digit year': { digits: true, lengths: [2], lead: 2 },
  // "1990s", "1990's", "'90s": the run ends in 0 and an s or an apostrophe follows.
  decade: { digits: true, lengths: [2, 4], check: (text, _s, end) => ch(text, end - 1) === 48 && [115, 39, 0x2019].includes(ch(text, end)), words: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'noughties'], lead: 20 },
  century: { words: ['century'], lead: 40 },
  'turn of': { words: ['turn'], lead: 4 },
  'year in words': { words: ['nineteen', 'thousand'], lead: 30 },
  'month or season of a year in words': { words: ['nineteen', 'thousand'], lead: 40 },
  'year end': { words: ['end'], lead: 25 },
  'end of the unit': { words: ['end', 'beginning', 'start', 'middle'], lead: 10 },
  // "the year", "the fiscal year", "the financial year".
  'year ended': { words: ['year'], wordCheck: after(() => ['the', 'fiscal', 'financial']), lead: 25 },
  'the year': { words: ['year'], wordCheck: after(() => ['the', 'fiscal', 'financial']), lead: 30 },
  'nth week of a month': { words: ['week'], lead: 15 },
  'week of': { words: ['week'], lead: 10 },
  // The lookbehind of both ends in a space or a dash.
  'second day of a pair': { digits: true, lengths: [1, 2], check: (text, start) => isSpace(ch(text, start - 1)) || ch(text, start - 1) === 45 || ch(text, start - 1) === 0x2013, lead: 0 },
  'second day of a day-first pair': { digits: true, lengths: [1, 2], check: (text, start) => isSpace(ch(text, start - 1)) || ch(text, start - 1) === 45 || ch(text, start - 1) === 0x2013 || ch(text, start - 1) === 47, lead: 0 },
  // An ordinal suffix, a space or a dash follows.
  'first day of a pair': { digits: true, lengths: [1, 2], check: (text, _s, end) => isSpace(ch(text, end)) || [115, 110, 114, 116, 45, 0x2013, 47].includes(ch(text, end)), lead: 0 },
  'ordinal quarter': { words: ['quarter', 'half'], lead: 70 },
  'quarter code': { words: ['q', 'h'], lead: 2 },
  'months of a quarter': { words: MONTH_FULL_TOKENS, lead: 8 },
  'relative quarter': { words: ['quarter', 'period'], lead: 30 },
  'year period': { words: ['quarter', 'period'], lead: 20 },
  'year-before period': { words: ['quarter', 'period'], lead: 60 },
  'quarter a year ago': { words: ['quarter', 'period'], lead: 15 },
  'year-earlier': { words: ['year'], lead: 10 },
  season: { words: ['spring', 'summer', 'autumn', 'fall', 'winter'], lead: 50 },
  holiday: { words: ['christmas', 'new', 'boxing', 'valentine', 'halloween', 'thanksgiving', 'easter', 'good', 'labor', 'memorial', 'bastille', 'fourth', 'may', 'st', 'election'], lead: 12 },
  weekday: { words: [...plural(WEEKDAY_TOKENS), 'mon', 'tues', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri'], lead: 25 },
  'nth weekday of a month': { words: WEEKDAY_TOKENS, lead: 24 },
  // The day comes first, or after "a week on/from " or "a fortnight on/from " (at most 3 spaces each).
  'a week from a day': { words: [...WEEKDAY_TOKENS, 'today', 'tomorrow'], lead: 25 },
  'deictic day': { words: ['today', 'tonight', 'yesterday', 'tomorrow'], lead: 35 },
  'part of day': { words: ['morning', 'afternoon', 'evening', 'night'], lead: 20 },
  'prefixed part of day': { words: ['morning', 'afternoon', 'evening', 'midmorning', 'midafternoon'], lead: 6 },
  // The unit follows a modifier ("this week", "the rest of the year") or "fiscal".
  'relative unit': { words: ['week', 'weekend', 'month', 'year', 'decade', 'century', 'fortnight'], wordCheck: after(() => [...wordsIn(...REL_MODS), 'fiscal']), lead: 60 },
  'weekend of a date': { words: ['weekend'], lead: 5 },
  'the weekend': { words: ['weekend'], lead: 15 },
  'season of play': { words: ['season'], lead: 14 },
  'weekday before a holiday': { words: ['before', 'after'], lead: 20 },
  'before last': { words: ['before'], lead: 12 },
  // The unit follows a count ("two", "20", "a", "several"), a fraction or a word such as "straight" or "and a half".
  duration: { words: UNIT_TOKENS, wordCheck: after(() => wordsIn(COUNT, 'more additional full straight consecutive long or so and a half'), { hyphens: '-‐‑', digits: true }), lead: 100 },
  // Plural units only, at most "the past several" and three spaces after the start.
  'vague duration': { words: PLURAL_UNITS, lead: 19 },
  'bare plural duration': { words: PLURAL_UNITS, lead: 15 },
  'decade duration': { words: ['decades', 'centuries'], lead: 20 },
  // The unit is followed by "later", "earlier", "before" or "after" (after at most three spaces).
  'units later': { words: ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'], wordCheck: wordFollowedBy(/^\s{1,3}(?:later|earlier|before|after)/), lead: 11 },
  // The first unit follows its count: digits or a number in words such as "seventy-seven".
  'compound duration': { words: ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds'], lead: 20 },
  'unit-long': { words: ['hour', 'day', 'week', 'month', 'year'], lead: 0 },
  'half a unit': { words: ['half'], wordCheck: wordFollowedBy(/^\s{1,3}an?\s/), lead: 16 },
  'quarter of a unit': { words: ['quarter', 'quarters'], wordCheck: wordFollowedBy(/^\s{1,3}of\s/), lead: 22 },
  'reference word': { words: ['now', 'currently', 'nowadays', 'presently', 'present', 'moment', 'days', 'current', 'recently', 'lately', 'past', 'recent', 'soon', 'future', 'date', 'shortly', 'term'], lead: 25 },
  'stretch ahead': { words: ['ahead', 'come'], lead: 20 },
  'stretch over': { words: ['years', 'decades', 'months', 'weeks', 'centuries'], lead: 6 },
  'set adverb': { words: ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'quarterly', 'biannually', 'fortnightly', 'biweekly'], lead: 2 },
  every: { words: ['every', 'each', 'once', 'twice', 'per'], lead: 2 },
  rate: { words: ['hour', 'day', 'night', 'week', 'month', 'year'], lead: 8 },
  'days a unit': { words: ['days', 'nights', 'evenings', 'mornings', 'afternoons'], wordCheck: wordFollowedBy(/^\s{1,3}(?:a|per|each|every)\s/), lead: 9 },
  weekends: { words: ['weekends'], lead: 0 },
  // ":30", ".30", a space or the a/p of am/pm follows.
  'clock time': { digits: true, lengths: [1, 2], check: (text, _s, end) => isSpace(ch(text, end)) || [58, 46, 97, 65, 112, 80].includes(ch(text, end)), lead: 0 },
  // "14:00", "14.00", "14h00"; three or four digits hold the hour and the minutes themselves.
  'zoned time': { digits: true, lengths: [1, 2, 3, 4], check: (text, start, end) => end - start > 2 || [58, 46, 104].includes(ch(text, end)), lead: 0 },
  'daily time': { digits: true, lengths: [1, 2], check: (text, _s, end) => isSpace(ch(text, end)) || [58, 46, 97, 65, 112, 80].includes(ch(text, end)), lead: 0 },
  'start of a time range': { digits: true, lengths: [1, 2], check: (text, _s, end) => isSpace(ch(text, end)) || [58, 46, 45, 0x2013].includes(ch(text, end)), lead: 0 },
  // "from " or "between " comes right before the digits.
  'start of a zoned range': { digits: true, lengths: [1, 2, 3, 4], check: (text, start) => isSpace(ch(text, start - 1)) && /(?:from|between)\s$/i.test(text.slice(Math.max(0, start - 8), start)), lead: 0 },
  '24-hour time': { digits: true, lengths: [1, 2], check: (text, _s, end) => ch(text, end) === 46 || ch(text, end) === 58, lead: 0 },
  noon: { words: ['noon', 'midday', 'midnight'], lead: 20 },
  // "the night": at most "the" and three spaces before "night".
  dawn: { words: ['dawn', 'daybreak', 'sunrise', 'dusk', 'sunset', 'nightfall', 'night'], lead: 6 },
  midweek: { words: ['midweek', 'mid'], lead: 0 },
  'festive season': { words: ['christmas', 'festive', 'xmas'], lead: 6 },
  'this time last year': { words: ['time'], lead: 5 },
  'within the hour': { words: ['hour'], lead: 5 },
  overnight: { words: ['overnight'], lead: 0 },
  'time in words': { words: ['half', 'quarter', 'twenty', 'ten', 'five'], lead: 0 },
  'o’clock': { words: ['clock'], lead: 12 },
  'that unit': { words: ['year', 'month'], wordCheck: after(() => ['that', 'same']), lead: 30 },
  'in the unit': { words: ['week', 'month'], wordCheck: after(() => ['the']), lead: 20 },
  'anchored day': { words: ['day', 'morning', 'night'], lead: 20 },
  'holiday week': { words: ['week'], wordCheck: after(() => ['easter', 'holy']), lead: 8 },
  'hour of a part of day': { words: ['morning', 'afternoon', 'evening', 'night'], lead: 30 },
  'prefixed year': { words: ['post', 'pre'], lead: 0 },
};
void WEEKDAY_ABBR_TOKENS;

/** Lower-case word → the rules it triggers; digits trigger the rules in DIGIT_RULES. */
let WORD_RULES: Map<string, number[]> | null = null;
let DIGIT_RULES: number[][] = [];
/** Per rule, the check a run of digits must pass to trigger it. */
const DIGIT_CHECKS: Array<Trigger['check'] | null> = [];
/** Per rule, Trigger.leadAfter as a set. */
const LEAD_WORDS: Array<Set<string> | null> = [];
/** TRIGGERS by rule index. */
const RULE_TRIGGERS: Array<Trigger | undefined> = [];
const WORD_CHECKS: Array<Trigger['wordCheck'] | null> = [];
/** The same table keyed by a hash of the lower-case letters, so that the scan makes no string per word. */
let HASHED: Map<number, Array<[string, number[]]>> | null = null;
/** Low 16 bits of the hashes in HASHED: most words are ruled out without a map lookup. */
let SEEN: Uint8Array | null = null;

function triggerTables(): Map<string, number[]> {
  if (WORD_RULES) return WORD_RULES;
  const words = new Map<string, number[]>();
  // Rules triggered by a run of n digits, n = 1…4, and [0] for longer runs.
  const digits: number[][] = [[], [], [], [], []];

  rules.forEach((r, i) => {
    const t = TRIGGERS[r.name];
    RULE_TRIGGERS[i] = t;
    if (!t) {

      return;
    }
    if (t.digits) for (let n = 0; n <= 4; n++) if (!t.lengths || t.lengths.includes(n)) digits[n].push(i);
    DIGIT_CHECKS[i] = t.check ?? null;
    WORD_CHECKS[i] = t.wordCheck ?? null;
    LEAD_WORDS[i] = t.leadAfter ? new Set(t.leadAfter()) : null;
    for (const word of new Set(t.words ?? [])) {
      const list = words.get(word) ?? [];
      list.push(i);
      words.set(word, list);
    }
  });
  WORD_RULES = words;
  HASHED = new Map();
  SEEN = new Uint8Array(0x10000);
  for (const [word, list] of words) {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = (h * 31 + word.charCodeAt(k)) | 0;
    SEEN![h & 0xffff] = 1;
    const bucket = HASHED.get(h) ?? [];
    bucket.push([word, list]);
    HASHED.set(h, bucket);
  }
  DIGIT_RULES = digits;

  return words;
}
const LONGEST_TRIGGER = 12;

/** Trigger positions per rule, in text order (see triggerAt). */
function findTriggers(text: string, from: number, to: number): number[][] {
  triggerTables();
  const out: number[][] = rules.map(() => []);
  anyCount = 0;
  wordCount = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Most characters are neither letters, digits nor apostrophes: one table look-up rules them out.
    if (c < 128 ? CHAR_CLASS[c] === 0 : c !== 0x2019) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      const start = i;
      addStart(text, start);
      i++;
      for (let d = text.charCodeAt(i); i < to && d >= 48 && d <= 57; d = text.charCodeAt(++i));
      const n = i - start;
      for (const r of DIGIT_RULES[n <= 4 ? n : 0]) {
        const check = DIGIT_CHECKS[r];
        if (!check || check(text, start, i)) out[r].push(triggerAt(text, start, r));
      }
      continue;
    }
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      const start = i;
      addStart(text, start);
      // The hash is built while the word is read: one pass over its letters.
      let h = lower;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i) | 32;
        if (d < 97 || d > 122) break;
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      }
      if (i - start <= LONGEST_TRIGGER && SEEN![h & 0xffff]) {
        const bucket = HASHED!.get(h);
        if (bucket) {
          for (const [word, hit] of bucket) {
            if (word.length !== i - start) continue;
            let same = true;
            for (let k = 0; k < word.length; k++) {
              if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) {
                same = false;
                break;
              }
            }
            if (same) {
              for (const r of hit) {
                const check = WORD_CHECKS[r];
                if (!check || check(text, start, i)) out[r].push(triggerAt(text, start, r));
              }
            }
          }
        }
      }
      continue;
    }
    if (c === 39 || c === 0x2019) addStart(text, i);
    i++;
  }
  return out;
}

/**
 * A trigger at `start` for rule r, as findTriggers lists it: `start`, or `~start` when the rule's leadAfter words
 * show that a match cannot begin before the trigger (recognise then tries the trigger's own position only).
 */
function triggerAt(text: string, start: number, r: number): number {
  const words = LEAD_WORDS[r];
  if (!words) return start;
  let k = start - 1;
  if (k < 0) return ~start;
  if (text.charCodeAt(k) === 45) k--;
  else {
    let n = 0;
    while (n < 3 && k >= 0 && isSpace(text.charCodeAt(k))) {
      k--;
      n++;
    }
  }
  if (k < 0) return ~start;
  if (text.charCodeAt(k) >= 128) return start;
  let b = k;
  while (b >= 0 && asciiLetter(text.charCodeAt(b))) b--;
  if (b === k) return ~start;
  if (b >= 0 && text.charCodeAt(b) >= 128) return start;
  return words.has(text.slice(b + 1, k + 1).toLowerCase()) ? start : ~start;
}

// The positions where a match can begin, filled by findTriggers (the buffers are reused from call to call).
// Every rule's match begins with a letter, digit or apostrophe that does not follow a letter or digit (each pattern
// opens with a lookbehind that says so): ANY_STARTS lists those positions in order; WORD_STARTS those that also pass
// B's lookbehind, for the rules that open with B.
let ANY_STARTS = new Int32Array(4096);
let WORD_STARTS = new Int32Array(4096);
let anyCount = 0;
let wordCount = 0;

/** Records `p` (an ASCII letter or digit beginning a run, or an apostrophe) if a match can begin there. */
function addStart(text: string, p: number): void {
  const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
  if (ALNUM(prev)) return;
  if (anyCount === ANY_STARTS.length) {
    const grown = new Int32Array(ANY_STARTS.length * 2);
    grown.set(ANY_STARTS);
    ANY_STARTS = grown;
  }
  ANY_STARTS[anyCount++] = p;
  if (INSIDE_WORD(prev)) return;
  if (wordCount === WORD_STARTS.length) {
    const grown = new Int32Array(WORD_STARTS.length * 2);
    grown.set(WORD_STARTS);
    WORD_STARTS = grown;
  }
  WORD_STARTS[wordCount++] = p;
}

export function recognise(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = text.slice(0, to);
  const triggers = findTriggers(text, from, to);
  for (let ri = 0; ri < rules.length; ri++) {
    const r = rules[ri];
    const t = RULE_TRIGGERS[ri];
    if (!t) {
      scanAll(r, slice, text, from, out);
      continue;
    }
    const sticky = r.sticky;
    // Each rule tries only the positions where a match can begin (see addStart) inside its trigger windows.
    const list = r.wordStart ? WORD_STARTS : ANY_STARTS;
    const count = r.wordStart ? wordCount : anyCount;
    let j = 0; // the first start not yet passed
    let next = from; // the first position not yet tried, and never before the end of the last match
    for (const listed of triggers[ri]) {
      const at = listed < 0 ? ~listed : listed;
      const p = Math.max(next, listed < 0 ? at : at - t.lead);
      if (j < count && list[j] < p) {
        // The next window may be far on: a binary search, not a walk over every start in between.
        let lo = j + 1;
        let hi = count;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (list[mid] < p) lo = mid + 1;
          else hi = mid;
        }
        j = lo;
      }
      let end = at + 1;
      while (j < count && list[j] <= at) {
        const q = list[j];
        sticky.lastIndex = q;
        const m = sticky.exec(slice);
        if (!m || m[0].length === 0) {
          j++;
          continue;
        }
        const c = r.make(m, text);
        if (c && c.end > c.start) out.push(c);
        const matchEnd = m.index + m[0].length;
        if (matchEnd > end) end = matchEnd;
        while (j < count && list[j] < matchEnd) j++;
      }
      if (end > next) next = end;
    }
  }
  return out;
}

/** ASCII: 1 for letters, digits and the apostrophe, else 0. */
const CHAR_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = ALNUM(c) || c === 39 ? 1 : 0;

function ALNUM(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The characters B's lookbehind rules out before a match: [\w'’\-\u00C0-\u024F]. */
function INSIDE_WORD(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f)
  );
}

/** Every rule over the whole text, as before the trigger scan: the reference the tests compare `recognise` with. */
export function recogniseByFullScan(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = text.slice(0, to);
  for (const r of rules) scanAll(r, slice, text, from, out);
  return out;
}

function scanAll(r: Rule, slice: string, text: string, from: number, out: Candidate[]): void {
  r.pattern.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = r.pattern.exec(slice))) {
    if (m[0].length === 0) {
      r.pattern.lastIndex++;
      continue;
    }
    const c = r.make(m, text);
    if (c && c.end > c.start) out.push(c);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function cand(m: RegExpExecArray, rule: string, resolve: Candidate['resolve'], trimStart = 0, trimEnd = 0): Candidate {
  return { start: m.index + trimStart, end: m.index + m[0].length - trimEnd, rule, resolve };
}

/** The word before `at` (within 30 characters, across spaces and commas), lower-case: /([\p{L}.'’]+)[\s,]*$/u. */
function wordBefore(text: string, at: number): string {
  // Speed: read backwards instead of trying the pattern at every position; a surrogate pair falls back to it.
  const floor = Math.max(0, at - 30);
  let e = at;
  while (e > floor) {
    const c = text.charCodeAt(e - 1);
    if (c === 44 || isSpace(c)) e--;
    else break;
  }
  let s = e;
  while (s > floor) {
    const c = text.charCodeAt(s - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 0x2019) s--;
    else if (c < 128) break;
    else if (c >= 0xd800 && c <= 0xdfff) return wordBeforeByPattern(text, at);
    else if (isLetter(c)) s--;
    else break;
  }
  return s < e ? text.slice(s, e).toLowerCase() : '';
}
function wordBeforeByPattern(text: string, at: number): string {
  const m = /([\p{L}.'’]+)[\s,]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : '';
}
/** \p{L} for a UTF-16 unit that is not a surrogate; 0 not yet known, 1 no, 2 yes. */
const LETTERS = new Uint8Array(0x10000);
function isLetter(c: number): boolean {
  let known = LETTERS[c];
  if (!known) known = LETTERS[c] = /^\p{L}$/u.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

function textAfter(text: string, at: number, n = 40): string {
  return text.slice(at, at + n);
}

function monthNumber(raw: string): number {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function weekdayNumber(raw: string): number {
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '').replace(/s$/, '')] ?? WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')] ?? 0;
}

const DASH = /[-‐‑–—]/;

function isCap(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

function refOr(ctx: ResolveContext, what: string, fallback: string, type: Resolution['type'], run: (ref: Ymd) => Resolution): Resolution {
  return ctx.ref ? run(ctx.ref) : unresolved(type, fallback, what);
}

const PREFIX_WORDS = ['early', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'end', 'the first half of', 'the second half of', 'the last half of', 'the rest of'];
const PREFIX = alt(PREFIX_WORDS);

function weekdayMismatch(day: Ymd, wdRaw: string | undefined, wdStart: number): Issue[] {
  if (!wdRaw || !isValidYmd(day)) return [];
  const written = weekdayNumber(wdRaw);
  const actual = weekday(day);
  if (written === actual) return [];
  const right = WEEKDAY_NAMES[actual];
  const replacement = wdRaw.length <= 5 ? right.slice(0, wdRaw.replace(/\.$/, '').length) + (wdRaw.endsWith('.') ? '.' : '') : right;
  return [
    {
      code: 'date.weekday-mismatch',
      severity: 'warning',
      message: `${isoDate(day)} is a ${right}, not a ${WEEKDAY_NAMES[written]}. Check which of the two is right.`,
      fixes: [
        {
          title: `Change '${wdRaw}' to '${replacement}'`,
          edits: [{ start: wdStart, end: wdStart + wdRaw.length, newText: replacement }],
          preferred: true,
        },
      ],
    },
  ];
}

function impossibleDay(y: number, m: number, d: number, written: string): Issue[] {
  if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return [];
  const why = m < 1 || m > 12 ? `there is no month ${m}` : `${MONTH_NAMES[m - 1]} ${y} has ${daysInMonth(y, m)} days`;
  return [{ code: 'date.impossible', severity: 'warning', message: `'${written}' is not a real date: ${why}.` }];
}

function calendarDate(y: number, m: number, d: number, relative: boolean, explanation: string, issues: Issue[]): Resolution {
  const day = { y, m, d };
  const valid = isValidYmd(day);
  return {
    type: 'DATE',
    value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
    relative,
    explanation,
    day: valid ? day : undefined,
    issues,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar dates with a month name: "July 3, 2025", "Thursday, July 3", "3 July 2025", "the 3rd of July".

// "between August and November 2001", "from 20 March to 27 March 2004": the end of a range gives its start its year;
// so does a year after "in" ("in February in 1974").
const RANGE_YEAR_AFTER = new RegExp(`^\\s{0,3}(?:and|to|until|till|through|[-–])\\s{0,3}(?:\\d{1,2}(?:st|nd|rd|th)?\\s{1,3})?(${MONTH_FULL_ONLY})(?:\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?)?,?\\s{1,3}((?:1[5-9]|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'u');
/**
 * The year of a range that ends after `end` with a month and a year, counted back a year if the range crosses one; or
 * the year written after "in".
 */
function rangeYearAfter(text: string, end: number, month: number): number | null {
  const after = text.slice(end, end + 40);
  const m = RANGE_YEAR_AFTER.exec(after);
  if (!m) {
    const y = IN_YEAR_AFTER.exec(after);
    return y ? +y[1] : null;
  }
  return +m[2] - (monthNumber(m[1]) < month ? 1 : 0);
}
const IN_YEAR_AFTER = /^\s{1,3}in\s{1,3}((?:1[5-9]|20)\d\d)(?![\p{L}\p{N}]|\s?(?:prices|terms|money|dollars|pounds)\b)/u;

const DAYNUM = '(\\d{1,2})(?:st|nd|rd|th)?';
// Four digits after a date are a 24-hour time, not a year, when a zone follows: "Tuesday, 1 March 2000 GMT".
const NOT_A_CLOCK = '(?!\\s{0,2}(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|MSK|hrs|hours|local time)\\b)';
rule(
  'calendar date',
  `${B}(?:(${WEEKDAY}|${WEEKDAY_ABBR})\\.?,?${S}(?:${w('the')}${S})?)?(?:(${MONTH})\\s{0,2}${DAYNUM}(?:,?${S}(\\d{4})${NOT_A_CLOCK})?|(?:${w('the')}${S})?${DAYNUM}(?:${S}of)?${S}(${MONTH})(?:,?${S}(\\d{4})${NOT_A_CLOCK})?)(?![\\p{N}]|:\\d)`,
  (m) => {
    const [whole, wd, mon1, d1, y1, d2, mon2, y2] = m;
    const monRaw = mon1 ?? mon2;
    const dRaw = d1 ?? d2;
    const yRaw = y1 ?? y2;
    if (!isCap(monRaw)) return null;
    // "May 5 people" is not a date; a month-first form with a bare small count followed by a noun seldom is either.
    // After a preposition of time ("on May 14 and …") the month is a month whatever follows.
    const month = monthNumber(monRaw);
    const d = +dRaw;
    if (d === 0 || d > 31) return null;
    if (monRaw === 'May' && !yRaw && !wd && mon1 && /^\s*[a-z]/.test(m.input.slice(m.index + whole.length, m.index + whole.length + 3)) && !MONTH_CONTEXT.has(wordBefore(m.input, m.index))) return null;
    const wdStart = m.index;
    return cand(m, 'calendar date', (ctx) => {
      const written = whole;
      if (yRaw) {
        const y = +yRaw;
        return calendarDate(y, month, d, false, `'${written}' is an absolute date.`, [
          ...impossibleDay(y, month, d, written),
          ...weekdayMismatch({ y, m: month, d }, wd, wdStart),
        ]);
      }
      const rangeYear = wd ? null : rangeYearAfter(m.input, m.index + whole.length, month);
      if (rangeYear !== null) return calendarDate(rangeYear, month, d, false, `'${written}' takes its year from the one written after it.`, impossibleDay(rangeYear, month, d, written));
      // "the Sept. 11 attacks" in a story that writes "Sept. 11, 2001" elsewhere: the year the article gives that day.
      const articleYear = yearWrittenFor(m.input, month, d, m.index);
      if (articleYear !== null) return calendarDate(articleYear, month, d, false, `'${written}' takes its year from ${MONTH_NAMES[month - 1]} ${d}, ${articleYear}, written elsewhere in the article.`, impossibleDay(articleYear, month, d, written));
      if (!ctx.ref) return unresolved('DATE', `XXXX-${pad(month)}-${pad(d)}`, written);
      // "believed Russia meant to influence the Nov. 8 presidential election": a date that names an event set in advance
      // takes no tense from the clause around it.
      const namesEvent = !wd && wordBefore(m.input, m.index) === 'the' && EVENT_NAMED_AFTER.test(textAfter(m.input, m.index + whole.length, 40));
      const tense = namesEvent ? null : ctx.tense(m.index);
      const nearest = resolveYear(ctx.ref, month, d, tense);
      const fitting = wd ? yearOfWeekday(ctx.ref, month, d, weekdayNumber(wd), nearest) : undefined;
      const y = fitting ?? nearest;
      const why = fitting !== undefined && fitting !== nearest ? `${y}, the year in which it falls on a ${WEEKDAY_NAMES[weekdayNumber(wd!)]}, nearest to ${ctx.refLabel}` : `${y} is taken from ${ctx.refLabel} (${tenseWords(tense)})`;
      return calendarDate(
        y,
        month,
        d,
        true,
        `'${written}' has no year; ${why}.`,
        [...impossibleDay(y, month, d, written), ...weekdayMismatch({ y, m: month, d }, wd, wdStart)],
      );
    });
  },
);

const DATE_WITH_YEAR = new RegExp(`(${MONTH})\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:1[5-9]|20)\\d\\d)(?![\\p{N}:])${NOT_A_CLOCK}|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{1,3}of)?\\s{1,3}(${MONTH}),?\\s{1,3}((?:1[5-9]|20)\\d\\d)(?![\\p{N}:])${NOT_A_CLOCK}`, 'gu');
let datesWithYearText = '';
let datesWithYear: { m: number; d: number; y: number; at: number }[] = [];
/** The year an article writes with the same month and day, nearest before `at` (or else first after), if any. */
function yearWrittenFor(text: string, month: number, d: number, at: number): number | null {
  if (text !== datesWithYearText) {
    datesWithYearText = text;
    datesWithYear = [];
    for (const w of text.matchAll(DATE_WITH_YEAR)) {
      const mon = monthNumber(w[1] ?? w[5]);
      if (mon) datesWithYear.push({ m: mon, d: +(w[2] ?? w[4]), y: +(w[3] ?? w[6]), at: w.index });
    }
  }
  let found: number | null = null;
  for (const w of datesWithYear) {
    if (w.m !== month || w.d !== d) continue;
    if (w.at < at) found = w.y;
    else return found ?? w.y;
  }
  return found;
}

/**
 * A weekday written with a yearless date tells the year: "Monday 6 December" in a January story is last December,
 * "Monday 31 August" in a January story this coming August. Only a year within half a year back or a year ahead of
 * the reference counts; beyond that the weekday is more likely wrong.
 */
function yearOfWeekday(ref: Ymd, month: number, d: number, wd: number, nearest: number): number | undefined {
  const fits = (y: number) => {
    if (!isValidYmd({ y, m: month, d }) || weekday({ y, m: month, d }) !== wd) return false;
    const days = diffDays({ y, m: month, d }, ref);
    return days >= -183 && days <= 366;
  };
  return [nearest, nearest - 1, nearest + 1].find(fits);
}

// "June 30 last year", "3 March next year": a day and month in the year named after them.
rule('date of a relative year', `${B}(?:(${MONTH})\\s{0,2}${DAYNUM}|(?:${w('the')}${S})?${DAYNUM}(?:${S}of)?${S}(${MONTH}))${S}(last|next|this)${S}year${E}`, (m) => {
  const [whole, mon1, d1, d2, mon2, which] = m;
  const monRaw = mon1 ?? mon2;
  if (!isCap(monRaw)) return null;
  const month = monthNumber(monRaw);
  const d = +(d1 ?? d2);
  return cand(m, 'calendar date', (ctx) =>
    refOr(ctx, whole, `XXXX-${pad(month)}-${pad(d)}`, 'DATE', (ref) => {
      const y = ref.y + (which.toLowerCase() === 'last' ? -1 : which.toLowerCase() === 'next' ? 1 : 0);
      return calendarDate(y, month, d, true, `'${whole}' is a day of ${y}, ${which.toLowerCase()} year from ${ctx.refLabel}.`, impossibleDay(y, month, d, whole));
    }),
  );
});

// A day of the month on its own: "on the 3rd" (the month of the reference date, or the one before in a past clause).
rule('day of month', `(?<=\\b(?:[Oo]n|[Bb]y|[Uu]ntil|till|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\\s)the\\s(\\d{1,2})(st|nd|rd|th)(?![\\p{L}\\p{N}_])`, (m, text) => {
  const d = +m[1];
  const after = textAfter(text, m.index + m[0].length, 16);
  if (d < 1 || d > 31 || /^\s(?:of|century|floor|anniversary|time|round|place|amendment|day|year|week|minute|hole|inning|birthday|edition|annual|congress)\b/i.test(after)) return null;
  // "troops from the 2nd Battalion", "a play by the 18th-Century dramatist": an ordinal that qualifies a name or a
  // compound.
  if (/^(?:[-‐‑]\p{L}|\s\p{Lu})/u.test(after)) return null;
  return cand(m, 'day of month', (ctx) =>
    refOr(ctx, m[0], `XXXX-XX-${pad(d)}`, 'DATE', (ref) => {
      const tense = ctx.tense(m.index);
      let month = { y: ref.y, m: ref.m };
      if (tense === 'past' && d > ref.d) month = ref.m === 1 ? { y: ref.y - 1, m: 12 } : { y: ref.y, m: ref.m - 1 };
      if (tense === 'future' && d < ref.d) month = ref.m === 12 ? { y: ref.y + 1, m: 1 } : { y: ref.y, m: ref.m + 1 };
      // "on the 30th", said in February: a day the month lacks is in the month before or after, as the tense says.
      if (d > daysInMonth(month.y, month.m)) {
        const step = (by: number) => {
          let next = month;
          do next = next.m + by > 12 ? { y: next.y + 1, m: 1 } : next.m + by < 1 ? { y: next.y - 1, m: 12 } : { y: next.y, m: next.m + by };
          while (d > daysInMonth(next.y, next.m));
          return next;
        };
        const [earlier, later] = [step(-1), step(1)];
        const gap = (mo: { y: number; m: number }) => Math.abs(diffDays({ y: mo.y, m: mo.m, d }, ref));
        month = tense === 'past' ? earlier : tense === 'future' ? later : gap(earlier) <= gap(later) ? earlier : later;
      }
      return calendarDate(month.y, month.m, d, true, `'${m[0]}', a day of the month of ${ctx.refLabel} (${tenseWords(tense)}).`, impossibleDay(month.y, month.m, d, m[0]));
    }),
  );
});

// Numeric dates: 2025-07-03, 07/03/2025, 3.7.2025.
rule('iso date', `(?<![\\p{L}\\p{N}_/.\\-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{L}\\p{N}_/\\-]|\\.\\d)`, (m) => {
  const [whole, y, mo, d] = m;
  if (+mo < 1 || +mo > 12 || +y < 1000) return null;
  return cand(m, 'ISO date', () =>
    calendarDate(+y, +mo, +d, false, `'${whole}' is an ISO 8601 date.`, impossibleDay(+y, +mo, +d, whole)),
  );
});

rule('numeric date', `(?<![\\p{L}\\p{N}_/.:\\-])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{L}\\p{N}_/\\-]|[.:]\\d)`, (m) => {
  const [whole, a, sep, b, yRaw] = m;
  if (sep === '.' && yRaw.length !== 4) return null;
  const y = yRaw.length === 2 ? (+yRaw < 50 ? 2000 + +yRaw : 1900 + +yRaw) : +yRaw;
  const [p, q] = [+a, +b];
  if (p === 0 || q === 0 || (p > 12 && q > 12) || p > 31 || q > 31) return null;
  return cand(m, 'numeric date', (ctx) => {
    // Dotted dates are day-first wherever they are written; slashed ones depend on the house style.
    const dayFirst = sep === '.' || ctx.numericOrder === 'day-first';
    let [month, d] = dayFirst ? [q, p] : [p, q];
    let how = dayFirst ? 'day-first' : 'month-first';
    if (month > 12) {
      [month, d] = [d, month];
      how = dayFirst ? 'month-first, since the day-first reading has no month ' + q : 'day-first, since the month-first reading has no month ' + p;
    }
    const issues = impossibleDay(y, month, d, whole);
    if (sep === '/' && p <= 12 && q <= 12 && p !== q) {
      const other = dayFirst ? { y, m: p, d: q } : { y, m: q, d: p };
      issues.push({
        code: 'date.ambiguous-numeric',
        severity: 'hint',
        message: `'${whole}' can be read as ${dateInWords({ y, m: month, d })} or ${dateInWords(other)}; read ${how} by the newslens.dates.numericOrder setting. Writing the month as a word removes the doubt.`,
      });
    }
    return calendarDate(y, month, d, false, `'${whole}' is a numeric date, read ${how}.`, issues);
  });
});

// "on 3/4": a yearless numeric date after "on", read in the house order. Not odds ("are on 5/2"), "24/7", "9/11",
// a fraction ("on 3/4 of"), nor two days of a month ("on 19/20 February").
rule('yearless numeric date', `(?<=\\b[Oo]n\\s)(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}_/%\\-]|[.:,]\\d|\\s{1,3}(?:${MONTH}|of|odds|shot|on|chance|[ap]\\.?m\\b))`, (m, text) => {
  const [whole, a, b] = m;
  const [p, q] = [+a, +b];
  if (p === 0 || q === 0 || p > 31 || q > 31 || (p > 12 && q > 12) || whole === '24/7' || whole === '9/11') return null;
  if (/\b(?:are|were|priced|odds)\s{1,3}on\s$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  return cand(m, 'numeric date', (ctx) => {
    const dayFirst = ctx.numericOrder === 'day-first';
    let [month, d] = dayFirst ? [q, p] : [p, q];
    let how = dayFirst ? 'day-first' : 'month-first';
    if (month > 12) {
      [month, d] = [d, month];
      how = dayFirst ? 'month-first, since the day-first reading has no month ' + q : 'day-first, since the month-first reading has no month ' + p;
    }
    if (!ctx.ref) return unresolved('DATE', `XXXX-${pad(month)}-${pad(d)}`, whole);
    const tense = ctx.tense(m.index);
    const y = resolveYear(ctx.ref, month, d, tense);
    const issues = impossibleDay(y, month, d, whole);
    if (p <= 12 && q <= 12 && p !== q) {
      const other = dayFirst ? { y, m: p, d: q } : { y, m: q, d: p };
      issues.push({
        code: 'date.ambiguous-numeric',
        severity: 'hint',
        message: `'${whole}' can be read as ${dateInWords({ y, m: month, d })} or ${dateInWords(other)}; read ${how} by the newslens.dates.numericOrder setting. Writing the month as a word removes the doubt.`,
      });
    }
    return calendarDate(y, month, d, true, `'${whole}' is a numeric date without a year, read ${how}; ${y} is taken from ${ctx.refLabel} (${tenseWords(tense)}).`, issues);
  });
});

// "the 2026-27 season", "in 2004/05": a season or a financial year across two consecutive years, dated by its first.
rule('year span', `(?<![\\p{L}\\p{N}_/.\\-])(1[5-9]\\d\\d|20\\d\\d)[-/–](\\d{2})(?![\\p{L}\\p{N}_/%\\-]|[.:,]\\d)`, (m) => {
  const [whole, yRaw, nextRaw] = m;
  const y = +yRaw;
  if ((y + 1) % 100 !== +nextRaw) return null;
  return cand(m, 'year', () => ({ type: 'DATE', value: yRaw, relative: false, explanation: `'${whole}' runs from ${y} into ${y + 1}; it is dated by its first year.` }));
});

rule('year-first numeric date', `(?<![\\p{L}\\p{N}_/.\\-])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}_/\\-])`, (m) => {
  const [whole, y, mo, d] = m;
  if (+mo < 1 || +mo > 12) return null;
  return cand(m, 'numeric date', () => calendarDate(+y, +mo, +d, false, `'${whole}' is a numeric date, year first.`, impossibleDay(+y, +mo, +d, whole)));
});

// ---------------------------------------------------------------------------------------------------------------
// Months: "July 2025", "mid-July", "last April", "January this year", "in May".

rule('month and year', `${B}(?:(${PREFIX})(?:${S}|-))?(${MONTH})(?:,?${S}|${S}of${S})(\\d{4})(?![\\p{N}])`, (m) => {
  const [whole, , monRaw, yRaw] = m;
  if (!isCap(monRaw)) return null;
  const month = monthNumber(monRaw);
  return cand(m, 'month and year', () => ({
    type: 'DATE',
    value: `${yRaw}-${pad(month)}`,
    relative: false,
    explanation: `'${whole}' names a month of a given year.`,
  }));
});

const MONTH_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'from', 'of', 'during', 'before', 'after', 'between', 'and', 'or',
  'to', 'early', 'late', 'mid', 'last', 'this', 'next', 'on', 'for', 'throughout', 'around', 'starting', 'beginning', 'ending', 'into',
]);

const WEAK_MONTH_CONTEXT = new Set(['of', 'for', 'and', 'or', 'to']);
const NAME_AFTER_MONTH = /^\s\p{Lu}\p{Ll}+(?:['’]s)?(?![\p{L}\p{N}])(?!\s\d)/u;
const NOT_A_SURNAME = new RegExp(`^\\s(?:${WEEKDAY}|${MONTH_FULL_ONLY}|The|This|That|It|He|She|They|We|I|A|An|In|On|At|But|And|Christmas|Easter)(?![\\p{L}])`, 'u');

// "Theresa May said", "Mrs May", "May told MPs": the article names someone May.
const MAY_AS_NAME = /(?:\b(?:Mrs|Ms|Mr|Miss|Dr|Lady|Lord|Sir|Dame|Justice)\.?|(?<![.!?:;"“]\s{1,3}|^\s{0,3})(?<![\p{L}'’])(?!(?:In|On|Of|For|To|And|Or|By|From|Since|Until|Till|Through|During|Before|After|Between|Last|Next|This|Early|Late|Mid|End|Each|Every|The|That|Around|Throughout|Into|Beginning|Ending|Starting)\s)\p{Lu}\p{Ll}+)\s{1,2}May\b(?!\s{1,3}\p{Lu}|\s{1,3}\d)|\bMay\s(?:said|says|told|tells|added|insisted|argued|wrote|warned|admitted|replied)\b/u;
let namesMayText = '';
let namesMay = false;
// The words that come before a name as often as before a month: "pressure on May", "a blow for May", "Johnson and May".
const NAME_OR_MONTH_BEFORE = new Set(['of', 'for', 'on', 'to', 'and', 'or']);
// "tipped for May", "April and May": a plan or another month makes it the month.
const MONTH_PLAN_OR_PAIR_BEFORE = new RegExp(`(?:\\b(?:planned|scheduled|set|slated|due|tipped|predicted|expected|pencilled|penciled|earmarked|booked|called|delayed|postponed|moved|brought\\s+forward)|${MONTH_FULL_ONLY}(?:\\s{1,3}\\d{4})?)\\s{1,3}(?:\\w+\\s{1,3})?$`, 'u');
/** Whether a bare "May" after `before` at `at` names the person the article calls May. */
function mayIsPerson(text: string, at: number, before: string): boolean {
  if (!NAME_OR_MONTH_BEFORE.has(before)) return false;
  if (text !== namesMayText) {
    namesMayText = text;
    namesMay = MAY_AS_NAME.test(text);
  }
  return namesMay && !MONTH_PLAN_OR_PAIR_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

// Nouns of events and reports that a month before them dates: "the March accession", "the May elections".
const DATED_NOUN_AFTER = new RegExp(
  `^\\s(?:${['accession', 'elections?', 'polls?', 'vote', 'referendum', 'summit', 'deadline', 'talks', 'session', 'meeting', 'visit', 'attacks?', 'bombings?', 'coup', 'uprising', 'ceasefire', 'cease-fire', 'agreement', 'accord', 'deal', 'ruling', 'verdict', 'hearing', 'trial', 'decision', 'announcement', 'launch', 'figures', 'data', 'report', 'survey', 'issue', 'edition', 'budget', 'earthquake', 'floods?', 'crash', 'raid', 'massacre', 'killings?', 'shooting', 'strike', 'handover', 'inauguration', 'primary', 'primaries', 'runoff', 'run-off', 'census'].join('|')})(?![\\p{L}\\p{N}_-])`,
  'u',
);

// Events set in advance, perhaps after two words: "the Nov. 8 U.S. presidential election", "the June 7 primary".
const EVENT_NAMED_AFTER = /^(?:\s[\p{L}.'’-]+){0,2}\s(?:elections?|polls?|vote|referendum|summit|deadline|talks|meeting|hearing|trial|primary|primaries|caucus(?:es)?|runoff|run-off|inauguration|census|debate|convention)(?![\p{L}\p{N}_-])/u;
const EVENT_IN_BEFORE = /\bthe\s(?:[\p{L}.'’-]+\s){0,3}(?:elections?|referendum|summit|primary|primaries|caucus(?:es)?|convention|conference|inauguration|census|Olympics|Games|World\sCup)\s(?:in|on)\s$/u;
const FIGURES_AFTER = /^\s(?:sales|figures|data|results|numbers|output|inflation|unemployment|payrolls|exports|imports|earnings|statistics)\b/;

rule(
  'month',
  `${B}(?:(${PREFIX})(?:${S}|-))?(?:(${alt(['last', 'this', 'next', 'this past', 'this coming', 'past', 'coming'])})${S})?(${MONTH_FULL_ONLY})(?:${S}(?:of${S})?(${alt(['this', 'last', 'next', 'that', 'the same', 'the following', 'the next', 'the previous', 'the preceding'])})${S}year${E})?(?:['’]s(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}_'’]|-\\p{L})`,
  (m, text) => {
    const [written, prefix, mod, monRaw, yearMod] = m;
    if (!isCap(monRaw)) return null;
    const before = wordBefore(text, m.index);
    // "March's budget", "ahead of September's vote": a possessive month is a date, before any word ("May's" is
    // more often a name). The "'s" stays outside the span.
    const possessive = /['’]s$/.test(written) ? 2 : 0;
    const whole = written.slice(0, written.length - possessive);
    const after = textAfter(text, m.index + whole.length, 20);
    if (possessive) {
      if (monRaw === 'May' && !prefix && !mod) return null;
    } else if (!prefix && !mod) {
      // "the March accession", "the May elections": a month before a noun of an event that is dated by it.
      const dated = (before === 'the' || before === 'a') && DATED_NOUN_AFTER.test(after);
      if (!dated && (before === 'the' || before === 'a') && (monRaw === 'May' || !/^\s\p{Ll}/u.test(after) || /^\s(?:of|on|to|for)\b/.test(after))) return null;
      const contextual = MONTH_CONTEXT.has(before) || yearMod || dated;
      if ((monRaw === 'May' || monRaw === 'March') && !contextual) return null;
      if (monRaw === 'May' && mayIsPerson(text, m.index, before)) return null;
      // "April Ryan", "June Carter": a capitalised word right after a bare month is usually a name.
      if (!contextual && /^\s\p{Lu}\p{Ll}/u.test(after)) return null;
      // "the murder of April Jones", "a search for June Cole": after a word that also precedes names, the same holds
      // unless the capitalised word is itself a day or a month.
      if (WEAK_MONTH_CONTEXT.has(before) && !prefix && NAME_AFTER_MONTH.test(after) && !NOT_A_SURNAME.test(after)) return null;
      if (/^\s?\d/u.test(after) && !contextual) return null;
      // "Black September", "Operation August": a capitalised word inside the sentence right before a bare month
      // makes it part of a name.
      if (!contextual && insideName(text, m.index)) return null;
    }
    const month = monthNumber(monRaw);
    const rangeYear = !mod && !yearMod ? rangeYearAfter(text, m.index + whole.length, month) : null;
    if (rangeYear !== null) {
      return cand(m, 'month', () => ({ type: 'DATE', value: `${pad(rangeYear, 4)}-${pad(month)}`, relative: false, explanation: `'${whole}' takes its year from the one written after it.` }), 0, possessive);
    }
    return cand(m, 'month', (ctx) =>
      refOr(ctx, whole, `XXXX-${pad(month)}`, 'DATE', (ref) => {
        let y: number;
        let how: string;
        const modifier = (mod ?? yearMod ?? '').toLowerCase();
        // "January of that year", "in August of the following year": the year last mentioned, or the one after it.
        const told = /^(?:that|the)/.test(modifier) ? anchorFor(ctx, 'year') : null;
        if (told) {
          const shift = /following|next/.test(modifier) ? 1 : /previous|preceding/.test(modifier) ? -1 : 0;
          return { type: 'DATE', value: `${pad(told.y + shift, 4)}-${pad(month)}`, relative: true, explanation: `'${whole}': ${MONTH_NAMES[month - 1]} of ${told.y + shift}, counted from ${ctx.anchorValue}, the date last mentioned.` };
        }
        if (/^(?:that|the)/.test(modifier)) return { type: 'DATE', value: `XXXX-${pad(month)}`, relative: true, explanation: `'${whole}': the year it names is not dated in the text.` };
        if (yearMod) {
          y = ref.y + (modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0);
          how = `${modifier} year`;
        } else if (modifier === 'last' || modifier === 'this past' || modifier === 'past') {
          y = month < ref.m ? ref.y : ref.y - 1;
          how = 'the most recent one before';
        } else if (modifier === 'next' || modifier === 'coming' || modifier === 'this coming') {
          y = month > ref.m ? ref.y : ref.y + 1;
          how = 'the next one after';
        } else if (modifier === 'this') {
          y = ref.y;
          how = 'this year';
        } else {
          // "have been pressing for a role in drafting the platform for the Democratic convention in July": an event set
          // in advance is not dated by a past verb of the clause around it, as "the Nov. 8 election" is not.
          let tense = ctx.tense(m.index);
          if (tense === 'past' && !possessive && EVENT_IN_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) tense = null;
          // "extended the loans through January", "froze the duty until September": a deferral reaches past the
          // telling, whatever its tense.
          if (!possessive && (before === 'until' || before === 'through' || before === 'till') && DEFERRAL_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) tense = 'future';
          // "Analysts expect June's figures to be revised", "December sales are forecast to rise": a possessive month,
          // or one before the figures it dates, names its own report or event, so a future verb does not push a month
          // of the last two a year ahead.
          const back = (ref.m - month + 12) % 12;
          if ((possessive || FIGURES_AFTER.test(after)) && tense === 'future' && back >= 1 && back <= 2) tense = 'past';
          y = resolveMonthYear(ref, month, tense);
          how = tense === 'past' ? 'past tense: the nearest one on or before' : tense === 'future' ? 'future tense: the nearest one on or after' : y === ref.y ? 'the same year' : 'no tense: the nearest one';
        }
        return {
          type: 'DATE',
          value: `${pad(y, 4)}-${pad(month)}`,
          relative: true,
          explanation: `'${whole}', relative to ${ctx.refLabel} (${how}).`,
        };
      }),
      0,
      possessive,
    );
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Years, decades, centuries: "1990", "fiscal 2025", "early 1991", "the 1990s", "the '80s", "the 20th century".

const NOT_YEAR_AFTER =
  /^\s?(?:%|percent|per cent|km|kilomet|met(?:re|er)s?\b|m\b|miles|feet|ft\b|kg|kilo|tons?\b|tonnes?|pounds|lbs|people|persons|shares|votes|points|pts|troops|soldiers|jobs|deaths|dead|cases|units|cars|vehicles|homes|houses|acres|hectares|yards|words|employees|workers|members|residents|students|pages|calories|cc\b|mph|hp\b|rpm|bn\b|mn\b|mw|kw|gb|mb|x\b|×|\*\s?\d|pixels|euros|dollars|pounds|yen|barrels|children|men|women|patients|refugees|rooms|seats|passengers|flights|times|ft|sq)|^[-‐‑](?:bit|page|word|seat|mile|strong|man|member|point|acre|room|foot|yard|tonne|ton|metre|meter|pixel)s?\b/i;
// "1600 Pennsylvania Avenue": a number before a street name is an address (not after "since", "in": "since 1998 Main
// Street has changed").
const STREET_AFTER = /^\s(?:\p{Lu}\p{Ll}+\s){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Square|Parkway)\b/u;
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'before', 'after', 'between', 'of']);
const NOT_YEAR_BEFORE = new Set([
  'no', 'no.', 'number', 'nos', 'nos.', 'room', 'flight', 'route', 'page', 'pages', 'article', 'section', 'model', 'code',
  'windows', 'version', 'v', 'level', 'rule', 'bus', 'resolution', 'chapter', 'about', 'around', 'some', 'nearly', 'almost',
  'over', 'than', 'approximately', 'roughly', 'estimated', 'only', 'just', 'least', 'exactly', 'total', 'figure', 'highway',
  'interstate', 'boeing', 'airbus', 'psalm', 'dow', 'index', 'nasdaq', 'ftse', 'fell', 'rose', 'closed', 'at',
]);

// "Football Manager 2005", "Euro 2004", "the Terrorism Act 2000", "Transport 2000": a year right after a
// capitalised word inside a sentence is the edition or enactment of a name, not a time the text speaks of (the Euro
// 2004 qualifiers were played in 2003). Not after a month, a season, a holiday or a word that opens a sentence
// ("Unlike 2001, ...").
const NAME_WORD_BEFORE_YEAR = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}&]{0,20})\s$/u;
const NOT_A_NAME_BEFORE_YEAR = new RegExp(
  `^(?:${MONTH_FULL_ONLY}|${WEEKDAY}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Christmas|Xmas|Easter|Hanukkah|Ramadan|Diwali|Advent|Lent|AD|BC|BCE|CE|Q[1-4]|[1-4]Q|H[12]|FY|Year|In|By|Since|Of|For|From|To|Until|Till|Before|After|During|Early|Late|Mid|End|The|And|Or|Class|Circa|c)$`,
  'u',
);
// "Windows 95, 98, ME, NT, 2000 and XP": a year in a list of versions that holds a two-digit number.
const VERSION_LIST_BEFORE = /(?<![\p{L}\p{N}])\d{2},\s(?:\p{Lu}{1,3},\s){0,3}$/u;
function insideName(text: string, at: number): boolean {
  if (VERSION_LIST_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return true;
  const before = NAME_WORD_BEFORE_YEAR.exec(text.slice(Math.max(0, at - 24), at));
  if (!before || NOT_A_NAME_BEFORE_YEAR.test(before[1])) return false;
  // The capitalised word must not open its sentence, line or quotation.
  return !opensSentence(text, at - before[0].length);
}
/** Whether the word at `at` opens its sentence, line or quotation. */
function opensSentence(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 4), at);
  return lead === '' || /(?:[.!?:;"“‘(\n]|[.!?]["”’])\s{0,3}$|^\s{0,3}$/u.test(lead);
}

rule(
  'year',
  `(?<![\\p{L}\\p{N}_$£€#.,:/'’\\-])(?:(${PREFIX})(?:${S}|-))?(?:(${alt(['fiscal year', 'fiscal', 'calendar year', 'calendar', 'model year', 'FY'])})\\s{0,2})?(1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}_%]|[.,:/\\-]\\p{N})`,
  (m, text) => {
    const [whole, prefix, fiscal, yRaw] = m;
    const after = textAfter(text, m.index + whole.length);
    if (NOT_YEAR_AFTER.test(after) || (!prefix && !fiscal && STREET_AFTER.test(after) && !YEAR_PREPOSITIONS.has(wordBefore(text, m.index)))) return null;
    if (!prefix && !fiscal && NOT_YEAR_BEFORE.has(wordBefore(text, m.index))) return null;
    if (!prefix && !fiscal && insideName(text, m.index)) return null;
    // A time of day ("at 1400 GMT") is not a year.
    if (/^\s?(?:GMT|UTC|hrs|hours|h\b|local|[ECMP][SD]?T\b|CES?T|BST|MSK)/.test(after)) return null;
    if (+yRaw < 1600 && !prefix && !fiscal) return null;
    // "the first half of 1989" is a half year, not the year.
    const half = /first half/i.test(prefix ?? '') ? 1 : /(?:second|last) half/i.test(prefix ?? '') ? 2 : 0;
    return cand(m, fiscal ? 'fiscal year' : 'year', () => ({
      type: 'DATE',
      value: half ? `${yRaw}-H${half}` : yRaw,
      relative: false,
      explanation: fiscal ? `'${whole}' names a fiscal year by the year it is called after.` : `'${whole}' names a year.`,
    }));
  },
);

rule('fiscal year short', `${B}FY\\s?['’]?(\\d{2})(?![\\p{L}\\p{N}_])`, (m) => {
  const y = +m[1] < 50 ? 2000 + +m[1] : 1900 + +m[1];
  return cand(m, 'fiscal year', () => ({ type: 'DATE', value: String(y), relative: false, explanation: `'${m[0]}' names fiscal year ${y}.` }));
});

rule('two-digit year', `(?<=\\b(?:in|since|of|from|until|by|to|class of)\\s)['’](\\d{2})(?![\\p{L}\\p{N}_'’])`, (m) => {
  const y = +m[1] < 30 ? 2000 + +m[1] : 1900 + +m[1];
  return cand(m, 'year', () => ({ type: 'DATE', value: String(y), relative: false, explanation: `'${m[0]}' is the year ${y} written short.` }));
});

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9, noughties: 0 };
rule(
  'decade',
  `${B}(?:(${alt(['the', 'the early', 'the mid', 'the late', 'early', 'mid', 'late'])})(?:${S}|-))?(?:(1[5-9]\\d|20\\d)0['’]?s|['’](\\d)0['’]?s|(${alt(Object.keys(DECADE_WORDS))}))${E}`,
  (m, text) => {
    const [whole, pre, century3, short, word] = m;
    if (word && !pre) return null;
    let value: string;
    // TimeML writes a decade as its first three digits: "the 1990s" is 199.
    if (century3) value = century3;
    else {
      const digit = short ? +short : DECADE_WORDS[word.toLowerCase()];
      // "the noughties" are the 2000s.
      value = digit === 0 && word ? '200' : `19${digit}`;
    }
    // "in her 20s" is an age, not a decade; short forms need "the".
    if (!century3 && !/the/i.test(pre ?? '')) return null;
    void text;
    return cand(m, 'decade', () => ({ type: 'DATE', value, relative: false, explanation: `'${whole}' names a decade.` }));
  },
);

// "the turn of the century", "the turn of the year": a boundary between units, as the year that begins there; in a
// story about a year before 1950, the century or millennium turns nearest that year.
rule('turn of', `${B}[Tt]he${S}turn${S}of${S}the${S}(year|decade|century|millennium)${E}`, (m) => {
  const unit = m[1].toLowerCase();
  const size = unit === 'year' ? 1 : unit === 'decade' ? 10 : unit === 'century' ? 100 : 1000;
  return cand(m, 'turn of', (ctx) =>
    refOr(ctx, m[0], 'XXXX', 'DATE', (ref) => {
      const tense = ctx.tense(m.index);
      const anchor = size >= 100 ? anchorFor(ctx, 'year') : null;
      let y: number;
      let how: string;
      if (anchor && anchor.y < 1950) {
        y = Math.round(anchor.y / size) * size;
        how = `nearest ${anchor.y}, the year last mentioned`;
      } else {
        // The boundary on or before the publication date in the past, after it in the future, else the nearest.
        const before = Math.floor(ref.y / size) * size;
        const back = tense === 'past' || (tense !== 'future' && (size === 1 ? ref.m <= 6 : ref.y - before < size / 2));
        y = back ? before : before + size;
        how = `${back ? 'on or before' : 'after'} ${ctx.refLabel}`;
      }
      return { type: 'DATE', value: pad(y, 4), relative: true, explanation: `'${m[0]}': the start of ${y}, the turn of the ${unit} ${how}.` };
    }),
  );
});

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
rule(
  'century',
  `${B}(?:(${alt(['the', 'the early', 'the mid', 'the late', 'early', 'late', 'mid'])})(?:${S}|-))?(?:(\\d{1,2})(?:st|nd|rd|th)|(${alt(Object.keys(ORDINAL_WORDS))}))[\\s-]century${E}`,
  (m) => {
    const n = m[2] ? +m[2] : ORDINAL_WORDS[m[3].toLowerCase()];
    if (!n || n > 22) return null;
    return cand(m, 'century', () => ({ type: 'DATE', value: pad(n - 1, 2), relative: false, explanation: `'${m[0]}' names a century.` }));
  },
);

// Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".
const YEAR_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const YEAR_TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const YEAR_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
rule(
  'year in words',
  `${B}(?:([Tt]he${S}year)${S})?(?:([Nn]ineteen)[\\s-](?:(${alt(Object.keys(YEAR_TEENS))})|(${alt(Object.keys(YEAR_TENS))})(?:[-\\s](${alt(Object.keys(YEAR_UNITS))}))?)|([Tt]wo${S}thousand)(?:${S}(?:and${S})?(${alt([...Object.keys(YEAR_TEENS), ...Object.keys(YEAR_UNITS)])}))?)${E}`,
  (m, text) => {
    const [whole, theYear, nineteen, teen, tens, unit, , rest] = m;
    let y: number;
    if (nineteen) y = 1900 + (teen ? YEAR_TEENS[teen.toLowerCase()] : YEAR_TENS[tens.toLowerCase()] + (unit ? YEAR_UNITS[unit.toLowerCase()] : 0));
    else {
      // "two thousand" is a count unless it is "the year two thousand" or comes with a year's last digits.
      if (!theYear && !rest) return null;
      y = 2000 + (rest ? (YEAR_TEENS[rest.toLowerCase()] ?? YEAR_UNITS[rest.toLowerCase()]) : 0);
    }
    if (NOT_YEAR_AFTER.test(textAfter(text, m.index + whole.length)) || /^\s?(?:hundred|thousand|million|billion)/i.test(textAfter(text, m.index + whole.length, 12))) return null;
    return cand(m, 'year', () => ({ type: 'DATE', value: String(y), relative: false, explanation: `'${whole}' is the year ${y} in words.` }));
  },
);

// "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or a season of a year in words.
rule(
  'month or season of a year in words',
  `${B}(?:((?:[Tt]he${S})?(?:spring|summer|autumn|fall|winter))${S}of|(${MONTH_FULL_ONLY}),?)${S}(?:[Nn]ineteen[\\s-](?:(${alt(Object.keys(YEAR_TEENS))})|(${alt(Object.keys(YEAR_TENS))})(?:[-\\s](${alt(Object.keys(YEAR_UNITS))}))?)|[Tt]wo${S}thousand(?:${S}(?:and${S})?(${alt([...Object.keys(YEAR_TEENS), ...Object.keys(YEAR_UNITS)])}))?)${E}`,
  (m) => {
    const [whole, seasonRaw, monRaw, teen, tens, unit, rest] = m;
    if (monRaw && !isCap(monRaw)) return null;
    const y = teen || tens ? 1900 + (teen ? YEAR_TEENS[teen.toLowerCase()] : YEAR_TENS[tens.toLowerCase()] + (unit ? YEAR_UNITS[unit.toLowerCase()] : 0)) : 2000 + (rest ? (YEAR_TEENS[rest.toLowerCase()] ?? YEAR_UNITS[rest.toLowerCase()]) : 0);
    const value = seasonRaw ? `${y}-${SEASONS[seasonRaw.toLowerCase().replace(/^the\s+/, '')]}` : `${y}-${pad(monthNumber(monRaw))}`;
    return cand(m, seasonRaw ? 'season' : 'month and year', () => ({ type: 'DATE', value, relative: false, explanation: `'${whole}' names a ${seasonRaw ? 'season' : 'month'} of ${y}, the year in words.` }));
  },
);

// "year-end", "by year's end", "the end of the year": the end of the current year (or month, week, quarter).
rule('year end', `${B}(?:([Aa]round|[Aa]bout)${S})?(?:[Yy]ear[-\\s]end|[Yy]ear['’]s${S}end)${E}`, (m) =>
  cand(m, 'year end', (ctx) =>
    refOr(ctx, m[0], 'XXXX', 'DATE', (ref) => {
      const y = yearOfEnd(ctx, ref, m.index);
      return { type: 'DATE', value: pad(y, 4), relative: true, explanation: `'${m[0]}', the end of ${y === ref.y ? 'the year of' : 'the year before'} ${ctx.refLabel}${y === ref.y ? '' : ' (past tense: the current year has not ended)'}.` };
    }),
  ),
);
/**
 * "by year end had sold 1.75 million", told before December: in the past tense, the year that has ended; not after an
 * aim ("determined to defeat it before the end of the year", "its goal of a cut by the end of the year").
 */
function yearOfEnd(ctx: ResolveContext, ref: Ymd, at: number): number {
  const aim = AIM_BEFORE.test(ctx.text.slice(Math.max(0, at - 80), at).replace(/^.*[.!?]\s/s, ''));
  return ref.m < 12 && !aim && ctx.tense(at) === 'past' ? ref.y - 1 : ref.y;
}
const AIM_BEFORE = /\b(?:to\s+[a-z]{2,}|goal|target|aim|plan|pledge|promise|deadline)\b/;
rule('end of the unit', `${B}(?:[Tt]he${S}(?:end|beginning|start|middle)${S}of${S})the${S}(year|month|week|quarter|decade|century)${E}`, (m, text) => {
  const unit = m[1].toLowerCase();
  if (/^\s?(?:before|after|in|of|when|that)\b/.test(textAfter(text, m.index + m[0].length, 8))) return null;
  return cand(m, 'relative unit', (ctx) =>
    refOr(ctx, m[0], 'XXXX', 'DATE', (ref) => {
      if (unit === 'year' && /^[Tt]he\s+end\b/.test(m[0]) && yearOfEnd(ctx, ref, m.index) < ref.y) return { type: 'DATE', value: pad(ref.y - 1, 4), relative: true, explanation: `'${m[0]}', the end of the year before ${ctx.refLabel} (past tense: the current year has not ended).` };
      const shifted = shiftGranular(ref, unit, 0);
      if (!shifted) return null as unknown as Resolution;
      return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${m[0]}', in the current ${unit} of ${ctx.refLabel}.` };
    }),
  );
});

// "the year ended March 31", "the fiscal year ending June 30": a year-long reporting period (TimeML: P1Y on "the year").
rule('year ended', `${B}[Tt]he${S}(?:(?:fiscal|financial)${S})?year(?=${S}(?:that${S})?(?:ended|ending|to)${S}(?:${MONTH}|\\d|today|tomorrow|yesterday))`, (m) =>
  cand(m, 'duration', () => ({ type: 'DURATION', value: 'P1Y', relative: false, explanation: `'${m[0]}' is a reporting period of one year.` })),
);

const PART_OF_YEAR = /\b(?:months?|weeks?|days|half|quarters?|part|end|start|beginning|middle|rest|remainder|turn)\s+of\s+$/;
// "For the year, volume was flat", "the first nine months of the year", "earlier in the year": in a report, the
// year of the publication date.
rule('the year', `${B}(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)${S}in${S})?[Tt]he${S}(?:(?:fiscal|financial)${S})?year(?![\\p{L}\\p{N}_'’\\-])`, (m, text) => {
  const before = wordBefore(text, m.index);
  if (!m[1] && !['for', 'of', 'in', 'during'].includes(before)) return null;
  // "the first month of the year", not "album of the year".
  if (!m[1] && before === 'of' && !PART_OF_YEAR.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
  // Not when a clause or a phrase says which year ("the year before", "the year he left", "the year 2000").
  const after = textAfter(text, m.index + m[0].length, 8);
  if (m[1] ? /^\s(?:\d|of|before|after|when|that|in|two|nineteen)\b/i.test(after) : !/^\s?(?:[,.;:)]|and\b|but\b|$)/.test(after)) return null;
  const named = !m[1] && (before === 'for' || before === 'of') ? yearNamedJustBefore(text, m.index) : null;
  return cand(m, 'relative year', (ctx) =>
    named !== null && ctx.anchorValue?.startsWith(String(named)) && ctx.tense(m.index) !== 'future'
      ? { type: 'DATE', value: pad(named, 4), relative: true, explanation: `'${m[0]}', the year ${named} named just before.` }
      : refOr(ctx, m[0], 'XXXX', 'DATE', (ref) => ({ type: 'DATE', value: pad(ref.y, 4), relative: true, explanation: `'${m[0]}', the year of ${ctx.refLabel}.` })),
  );
});

// "prices rose 15.1% over 2004, but by only 2.8% in the second half of the year", "after the 2003 French Open. He won
// four titles for the year": a year written in the same sentence or the one before, and the date last mentioned, is
// the year meant ("in the year", "during the year" are often a stretch of time: left to the publication date).
const WRITTEN_YEAR = /(?<![\p{L}\p{N}$£€.,'’-])((?:19|20)\d\d)(?![\p{N}%]|[-–/]\d|\s?(?:GMT|BST|hrs|hours|[ap]\.?m\b))/gu;
function yearNamedJustBefore(text: string, at: number): number | null {
  let from = Math.max(0, at - 250);
  const paragraph = text.lastIndexOf('\n', at);
  if (paragraph >= from) from = paragraph + 1;
  const window = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  for (let y; (y = WRITTEN_YEAR.exec(window)); ) last = y;
  if (!last) return null;
  // At most one sentence break between the year and "the year".
  const breaks = window.slice(last.index).match(/[.!?]["”’]?\s+(?=\p{Lu})/gu);
  return breaks && breaks.length > 1 ? null : +last[1];
}

// "the week of March 6": the ISO week that holds the day.
rule('week of', `${B}[Tt]he${S}week${S}of${S}(${MONTH})\\s{0,2}(\\d{1,2})(?:,${S}(\\d{4}))?(?![\\p{N}])`, (m) => {
  const [whole, monRaw, dRaw, yRaw] = m;
  const month = monthNumber(monRaw);
  const d = +dRaw;
  if (!month || d < 1 || d > 31) return null;
  return cand(m, 'week of', (ctx) => {
    if (!yRaw && !ctx.ref) return unresolved('DATE', 'XXXX-WXX', whole);
    const y = yRaw ? +yRaw : resolveYear(ctx.ref!, month, d, ctx.tense(m.index));
    const day = { y, m: month, d };
    if (!isValidYmd(day)) return null;
    return { type: 'DATE', value: isoWeekValue(day), relative: !yRaw, explanation: `'${whole}', the week that holds ${dateInWords(day)}.` };
  });
});

// The other day of a pair: "April 24 and 25" (the 25th), "on 20 and 21 August" (the 20th).
// "the third week of September", "the last week of December 2004": the week that holds the middle day of that
// seven-day stretch of the month.
rule('nth week of a month', `${B}(?:[Tt]he${S})?(first|second|third|fourth|last|final)${S}week${S}(?:of|in)${S}(${MONTH_FULL_ONLY})(?:,?${S}(\\d{4}))?(?![\\p{L}\\p{N}])`, (m) => {
  const [whole, nth, monRaw, yRaw] = m;
  const month = monthNumber(monRaw);
  const which = nth.toLowerCase();
  return cand(m, 'week of', (ctx) => {
    if (!yRaw && !ctx.ref) return unresolved('DATE', 'XXXX-WXX', whole);
    const y = yRaw ? +yRaw : resolveMonthYear(ctx.ref!, month, ctx.tense(m.index));
    const d = which === 'last' || which === 'final' ? daysInMonth(y, month) - 3 : 7 * (NTH.indexOf(which)) + 4;
    const day = { y, m: month, d };
    return { type: 'DATE', value: isoWeekValue(day), relative: !yRaw, explanation: `'${whole}', the week that holds ${dateInWords(day)}.` };
  });
});

function pairedDay(m: RegExpExecArray, monRaw: string, dRaw: string, yRaw: string | undefined, start: number, end: number): Candidate | null {
  const month = monthNumber(monRaw);
  const d = +dRaw;
  if (!month || d < 1 || d > 31) return null;
  const written = m.input.slice(start, end);
  return {
    start,
    end,
    rule: 'calendar date',
    resolve: (ctx) => {
      if (yRaw) return calendarDate(+yRaw, month, d, false, `'${written}' is a day of ${MONTH_NAMES[month - 1]} ${yRaw}, named with the day beside it.`, impossibleDay(+yRaw, month, d, written));
      if (!ctx.ref) return unresolved('DATE', `XXXX-${pad(month)}-${pad(d)}`, written);
      const y = resolveYear(ctx.ref, month, d, ctx.tense(start));
      return calendarDate(y, month, d, true, `'${written}' is a day of ${MONTH_NAMES[month - 1]}, named with the day beside it; ${y} is taken from ${ctx.refLabel}.`, impossibleDay(y, month, d, written));
    },
  };
}
rule('second day of a pair', `(?<=${B}(${MONTH})\\s{1,2}\\d{1,2}(?:st|nd|rd|th)?(?:${S}(?:and|or|to|through)${S}|\\s?[-–]\\s?))(\\d{1,2})(?:st|nd|rd|th)?(?:,${S}(\\d{4}))?(?![\\p{L}\\p{N}]|[.:,]\\d|\\s?(?:%|percent|per))`, (m) => {
  if (!isCap(m[1])) return null;
  return pairedDay(m, m[1], m[2], m[3], m.index, m.index + m[0].length - (m[3] ? m[0].length - m[0].indexOf(',') : 0));
});
rule('second day of a day-first pair', `(?<=(?<![\\p{L}\\p{N}_.,:/$£€-])\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–]\\s?|/))(\\d{1,2})(?:st|nd|rd|th)?${S}(${MONTH})(?:,?${S}(\\d{4}))?(?![\\p{L}\\p{N}])`, (m) => {
  if (!isCap(m[2])) return null;
  return pairedDay(m, m[2], m[1], m[3], m.index, m.index + m[0].length);
});
rule('first day of a pair', `(?<![\\p{L}\\p{N}_.,:/$£€-])(\\d{1,2})(?:st|nd|rd|th)?(?=(?:${S}(?:and|or|to)${S}|\\s?[-–]\\s?|/)\\d{1,2}(?:st|nd|rd|th)?${S}(${MONTH})(?:,?${S}(\\d{4}))?)`, (m) => {
  const monRaw = m[2];
  if (!isCap(monRaw)) return null;
  return pairedDay(m, monRaw, m[1], m[3], m.index, m.index + m[0].length);
});

// ---------------------------------------------------------------------------------------------------------------
// Quarters and halves: "the third quarter", "third-quarter", "Q3 2025", "this year's first half", "the quarter".

function quarterYear(ctx: ResolveContext, ref: Ymd, q: number, at: number): number {
  const rq = quarterOf(ref);
  if (q <= rq) return ref.y;
  return ctx.tense(at) === 'future' ? ref.y : ref.y - 1;
}

rule(
  'ordinal quarter',
  `${B}(?:(${alt(['the', 'this', 'a', "this year's", "last year's", "next year's", 'the year-earlier', 'the year-ago', 'year-earlier', 'year-ago', 'the fiscal', 'fiscal', 'the same', 'the calendar', 'calendar'])})${S})?(?:(\\d{4})['’]?s?${S})?([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|[Ff]inal)(?:${S}|-)(?:(?:fiscal|calendar)(?:${S}|-))?(quarter|half)(?:${S}of${S}(?:(?:fiscal|calendar)${S})?(\\d{4})|${S}of${S}([Nn]ext|[Ll]ast|[Tt]his)${S}year|,?${S}(\\d{4}))?(?![\\p{L}\\p{N}_]|-\\p{L})`,
  (m) => {
    const [whole, det, yPre, ordRaw, kind, yOf, relYear, yComma] = m;
    const ord = ORDINALS[ordRaw.toLowerCase()] ?? 0;
    const isHalf = kind.toLowerCase() === 'half';
    if (isHalf && ord > 2) return null;
    const n = ordRaw.toLowerCase() === 'final' ? (isHalf ? 2 : 4) : ord;
    const letter = isHalf ? 'H' : 'Q';
    const explicit = yPre ?? yOf ?? yComma;
    // "the first quarter of next year" reads as "next year's first quarter".
    const detLower = relYear ? `${relYear.toLowerCase()} year's` : (det ?? '').toLowerCase();
    // "picks up in the second half of the year" (whose "the year" is a mention of its own): this year's, unless the
    // clause looks back ("rose in the fourth quarter of the year", said in January, is last year's).
    const ofTheYear = !explicit && !relYear && /^\s{1,3}of\s{1,3}the\s{1,3}(?:(?:fiscal|financial)\s{1,3})?year(?![\p{L}\p{N}_'’-])/u.test(m.input.slice(m.index + whole.length, m.index + whole.length + 40));
    // "a [third-quarter] loss", "the [third-quarter] results": the determiner belongs to the noun that follows.
    const adjective = /[-‐‑]quarter|[-‐‑]half/i.test(whole);
    const detWord = (det ?? '').toLowerCase();
    const trim = det && (detWord === 'a' || detWord === 'the' || (adjective && detWord === 'the fiscal')) ? det.length + 1 + (detWord === 'the fiscal' ? -'fiscal'.length - 1 : 0) : 0;
    if (trim && !adjective && detWord === 'a') return null;
    // "scored in the first half", "a fourth-quarter touchdown": without a year, a half or quarter next to the words of
    // a game is part of the game, and a half is a half-year only next to the words of money and the economy.
    const yearless = !explicit && !/year|fiscal|calendar/.test(detLower);
    return cand(m, isHalf ? 'half year' : 'quarter', (ctx) => {
      if (yearless) {
        const around = ctx.sentencesAround(m.index);
        if (GAME_WORDS.test(around) || (isHalf && !MONEY_WORDS.test(around))) return null;
      }
      if (explicit) return { type: 'DATE', value: `${explicit}-${letter}${n}`, relative: false, explanation: `'${whole}' names a ${isHalf ? 'half' : 'quarter'} of ${explicit}.`, quarter: isHalf ? undefined : { y: +explicit, q: n } };
      return refOr(ctx, whole, `XXXX-${letter}${n}`, 'DATE', (ref) => {
        let y: number;
        let how: string;
        if (detLower.startsWith('last year')) [y, how] = [ref.y - 1, 'last year'];
        else if (detLower.startsWith('next year')) [y, how] = [ref.y + 1, 'next year'];
        else if (detLower.includes('year-earlier') || detLower.includes('year-ago')) {
          const base = ctx.lastQuarter?.y ?? quarterYear(ctx, ref, isHalf ? n * 2 : n, m.index);
          [y, how] = [base - 1, 'a year before the period under discussion'];
          return { type: 'DATE', value: `${pad(y, 4)}-${letter}${n}`, relative: true, explanation: `'${whole}', relative to ${ctx.refLabel} (${how}).` };
        } else if (detLower.startsWith('this year') || (ofTheYear && ctx.tense(m.index) !== 'past')) [y, how] = [ref.y, 'this year'];
        else if (!isHalf && n > quarterOf(ref) + 1 && (QUARTER_FIGURES_AFTER.test(m.input.slice(m.index + whole.length, m.index + whole.length + 16)) || QUARTER_FIGURES_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)))) {
          // "an estimate of third quarter growth", "the fourth quarter's energy drag", "weak growth in the third
          // quarter", said in January: figures are for a quarter gone by, and an outlook looks at most one quarter ahead.
          [y, how] = [ref.y - 1, 'the previous year, as figures are for a quarter gone by'];
        } else {
          y = isHalf ? (n === 1 || ref.m > 6 ? ref.y : ctx.tense(m.index) === 'future' ? ref.y : ref.y - 1) : quarterYear(ctx, ref, n, m.index);
          how = y === ref.y ? 'the current year' : y < ref.y ? 'the previous year, as that quarter has not come yet and the clause looks back' : 'next year';
        }
        return { type: 'DATE', value: `${pad(y, 4)}-${letter}${n}`, relative: true, explanation: `'${whole}', relative to ${ctx.refLabel} (${how}).`, quarter: isHalf ? undefined : { y, q: n } };
      });
    }, adjective ? trim : 0);
  },
);

const QUARTER_FIGURES_AFTER = /^(?:['’]s|\s(?:growth|GDP|figures|data|results|earnings|profits?|revenues?|sales|output|numbers|estimates?))(?![\p{L}])/u;
const QUARTER_FIGURES_BEFORE = /\b(?:growth|expansion|contraction|GDP|output|figures|sales|profits?|earnings|revenues?|loss(?:es)?)\s+(?:in|for|during)\s+$/i;
const GAME_WORDS = /\b(?:scored|scorer|scoring|kick\w*|tries|try line|half-time|full-time|stoppage time|extra time|referee|equali[sz]er|touchdowns?|innings|wickets?|whistle|scrum|line-?out|fly-half|wingers?|midfielders?|goalkeeper|keeper|header|squad|batting|batsm[ae]n|bowled|bowler|points? (?:behind|ahead))\b/i;

const MONEY_WORDS = /\b(?:profits?|sales|earnings|revenues?|growth|econom(?:y|ic|ies)|fiscal|results|shares?|stocks?|prices?|output|demand|investment|GDP|inflation|exports?|imports?|spending|income|loss(?:es)?|deficit|surplus|budget|unemployment|jobs|dividends?|orders|production|margins?|costs?|hedging|billion|million|of the year|this year|next year|last year)\b|\d(?:bn|m)\b|[%$£€¥]/i;

// "the July-September quarter", "the April-to-June period", "in April-June": a calendar quarter named by its first
// and last months.
rule('months of a quarter', `${B}(?:[Tt]he${S})?(${MONTH_FULL_ONLY})(?:[-–]|${S}to${S}|-to-)(${MONTH_FULL_ONLY})(${S}(?:quarter|period))?${E}`, (m, text) => {
  const first = monthNumber(m[1]);
  const last = monthNumber(m[2]);
  if (first % 3 !== 1 || last !== first + 2) return null;
  // Without "quarter" or "period", only a hyphenated pair after a preposition of time.
  if (!m[3] && (/^the/i.test(m[0]) || !/[-–]/.test(m[0].slice(m[1].length, m[1].length + 1)) || !/^(?:in|during|for|from)$/.test(wordBefore(text, m.index)))) return null;
  const q = (first + 2) / 3;
  return cand(m, 'quarter', (ctx) =>
    refOr(ctx, m[0], `XXXX-Q${q}`, 'DATE', (ref) => {
      const y = quarterYear(ctx, ref, q, m.index);
      return { type: 'DATE', value: `${y}-Q${q}`, relative: true, explanation: `'${m[0]}', the quarter of those months nearest ${ctx.refLabel}.`, quarter: { y, q } };
    }),
  );
});

rule('quarter code', `${B}(?:(Q[1-4])|(H[12]|[12]H))(?:\\s?|[-/])(?:['’]?(\\d{2})|(\\d{4}))?(?![\\p{L}\\p{N}_])`, (m) => {
  const [whole, qRaw, hRaw, yy, yyyy] = m;
  // "1H 2025" and "2H25", as analysts write halves, too.
  if (hRaw && /^\d/.test(hRaw) && !yy && !yyyy) return null;
  const n = +(qRaw ?? hRaw).replace('H', '').replace('Q', '');
  const letter = qRaw ? 'Q' : 'H';
  const explicit = yyyy ? +yyyy : yy ? 2000 + +yy : null;
  return cand(m, qRaw ? 'quarter' : 'half year', (ctx) => {
    if (explicit) return { type: 'DATE', value: `${explicit}-${letter}${n}`, relative: false, explanation: `'${whole}' names a ${qRaw ? 'quarter' : 'half'} of ${explicit}.`, quarter: qRaw ? { y: explicit, q: n } : undefined };
    return refOr(ctx, whole, `XXXX-${letter}${n}`, 'DATE', (ref) => {
      const y = qRaw ? quarterYear(ctx, ref, n, m.index) : ref.y;
      return { type: 'DATE', value: `${y}-${letter}${n}`, relative: true, explanation: `'${whole}', in the year of ${ctx.refLabel}.`, quarter: qRaw ? { y, q: n } : undefined };
    });
  });
});

rule(
  'relative quarter',
  `${B}(${alt(['the latest', 'the most recent', 'the current', 'the recent', 'the previous', 'the prior', 'the same', 'the year-earlier', 'the year-ago', 'the just-ended', 'the just-completed', 'the comparable', 'the year-before', 'the latest fiscal', 'the', 'this', 'last', 'next', 'the past', 'the last', 'the fiscal', 'the current fiscal', 'the first', 'the next', 'the coming', "last year's", "this year's"])})${S}(quarter|period)${E}`,
  (m, text) => {
    const [whole, modRaw, kind] = m;
    const mod = modRaw.toLowerCase();
    if (kind.toLowerCase() === 'period' && !/latest|year-earlier|year-ago|comparable|same|year-before|just/.test(mod)) return null;
    // "the quarter-point cut" or "a quarter of": only the time sense.
    if (/^\s?(?:of|point|-)/.test(textAfter(text, m.index + whole.length, 8))) return null;
    // "the quarter ended Sept. 30": unless a (fiscal) quarter is under discussion, the calendar quarter that most of
    // the three months up to that day fall in ("ended Oct. 26" is the third quarter).
    const ended = /^,?\s{1,2}end(ed|ing)\s{1,2}([A-Z][a-z]+\.?)\s{1,2}(\d{1,2})\b(?:,?\s{1,2}(\d{4}))?/.exec(textAfter(text, m.index + whole.length, 40));
    const yearBefore = /year-earlier|year-ago|year-before|last year's/.test(mod);
    const endMonth = ended && !yearBefore && !/previous|prior|next|coming/.test(mod) ? monthNumber(ended[2]) : 0;
    return cand(m, 'relative quarter', (ctx) =>
      refOr(ctx, whole, 'XXXX-QX', 'DATE', (ref) => {
        if (endMonth && !ctx.lastQuarter) {
          const day = +ended![3];
          const endYear = ended![4] ? +ended![4] : resolveYear(ref, endMonth, day, ended![1] === 'ed' ? 'past' : 'future');
          const monthInQuarter = (endMonth - 1) % 3;
          const mostlyBefore = monthInQuarter === 0 || (monthInQuarter === 1 && day < 15);
          const q = mostlyBefore ? ((Math.ceil(endMonth / 3) + 2) % 4) + 1 : Math.ceil(endMonth / 3);
          const y = mostlyBefore && endMonth === 1 ? endYear - 1 : endYear;
          const how = mostlyBefore ? 'the calendar quarter that most of the three months up to that day fall in' : `the calendar quarter that ends in ${ended![2]}`;
          return { type: 'DATE', value: `${pad(y, 4)}-Q${q}`, relative: !ended![4], explanation: `'${whole}' ${ended![0].trim()}: ${how}.`, quarter: { y, q } };
        }
        const completed = quarterOf(ref) === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: quarterOf(ref) - 1 };
        const current = { y: ref.y, q: quarterOf(ref) };
        let quarter: { y: number; q: number };
        let how: string;
        if (yearBefore) {
          const base = ctx.lastQuarter ?? completed;
          const derived = { y: base.y - 1, q: base.q };
          return { type: 'DATE', value: `${pad(derived.y, 4)}-Q${derived.q}`, relative: true, explanation: `'${whole}', the same quarter a year before the one under discussion.` };
        } else if (/current|this/.test(mod)) [quarter, how] = [current, 'the current quarter'];
        else if (/next|coming/.test(mod)) [quarter, how] = [current.q === 4 ? { y: current.y + 1, q: 1 } : { y: current.y, q: current.q + 1 }, 'the next quarter'];
        else if (mod === 'the' || /same|comparable/.test(mod)) [quarter, how] = [ctx.lastQuarter ?? completed, ctx.lastQuarter ? 'the quarter under discussion' : 'the latest completed quarter'];
        else [quarter, how] = [completed, 'the latest completed quarter'];
        return { type: 'DATE', value: `${pad(quarter.y, 4)}-Q${quarter.q}`, relative: true, explanation: `'${whole}', relative to ${ctx.refLabel} (${how}).`, quarter };
      }),
    );
  },
);

// Earnings reports: "the 1988 period", "the 1989 quarter" (the quarter under discussion, in the year named),
// "the corresponding period last year", "the quarter a year ago" (the quarter under discussion, a year before).
rule('year period', `${B}[Tt]he${S}(1[5-9]\\d\\d|20\\d\\d)${S}(period|quarter)${E}`, (m) => {
  const y = +m[1];
  return cand(m, 'year period', (ctx) => {
    const q = ctx.lastQuarter;
    if (q) return { type: 'DATE', value: `${pad(y, 4)}-Q${q.q}`, relative: true, explanation: `'${m[0]}': the quarter under discussion (Q${q.q}) in ${y}.` };
    return { type: 'DATE', value: pad(y, 4), relative: false, explanation: `'${m[0]}': a period of ${y}.` };
  });
});

rule(
  'year-before period',
  `${B}[Tt]he${S}(?:(?:(?:corresponding|comparable|same|equivalent|like)${S})?(?:year-earlier|year-ago)${S}|(?:corresponding|comparable|same|equivalent|like)${S})(period|quarter)(?:${S}(?:(last${S}year|a${S}year${S}(?:ago|earlier|before)|the${S}year${S}before|the${S}previous${S}year)|(?:of|in)${S}(1[5-9]\\d\\d|20\\d\\d)))?${E}`,
  (m) => {
    const [whole, kind, yearBack, yRaw] = m;
    const back = /year-earlier|year-ago/i.test(whole) || !!yearBack;
    if (!back && !yRaw) return null;
    return cand(m, 'year-before period', (ctx) =>
      refOr(ctx, whole, 'XXXX', 'DATE', (ref) => {
        const q = ctx.lastQuarter;
        const y = yRaw ? +yRaw : (q?.y ?? ref.y) - 1;
        if (q) return { type: 'DATE', value: `${pad(y, 4)}-Q${q.q}`, relative: true, explanation: `'${whole}': the ${kind.toLowerCase()} under discussion (${q.y}-Q${q.q}) in ${y}.` };
        return { type: 'DATE', value: pad(y, 4), relative: true, explanation: `'${whole}': the same period of ${y}.` };
      }),
    );
  },
);

rule('quarter a year ago', `${B}[Tt]he${S}(quarter|period)${S}a${S}year${S}(ago|earlier|before)${E}`, (m) =>
  cand(m, 'year-before period', (ctx) =>
    refOr(ctx, m[0], 'XXXX', 'DATE', (ref) => {
      const q = ctx.lastQuarter ?? (quarterOf(ref) === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: quarterOf(ref) - 1 });
      return { type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, relative: true, explanation: `'${m[0]}': the quarter under discussion (${q.y}-Q${q.q}) a year before.` };
    }),
  ),
);

rule('year-earlier', `${B}(${alt(['year-earlier', 'year-ago', 'year-before', 'a year-earlier', 'a year-ago'])})${E}`, (m) =>
  cand(m, 'year earlier', (ctx) =>
    refOr(ctx, m[0], 'XXXX', 'DATE', (ref) => {
      if (ctx.lastQuarter) {
        const q = ctx.lastQuarter;
        return { type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, relative: true, explanation: `'${m[0]}': the quarter under discussion (${q.y}-Q${q.q}) a year before.` };
      }
      return { type: 'DATE', value: pad(ref.y - 1, 4), relative: true, explanation: `'${m[0]}': the year before ${ctx.refLabel}.` };
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------------
// Seasons: "this summer", "last fall", "the summer of 2024", "winter".

const SEASON_EVENT_AFTER = /^\s(?:conference|conferences|offensive|elections?|campaign|budget|statement|summit|meeting|congress|convention|assembly|forum|rally|spending review)(?![\p{L}])/u;

rule(
  'season',
  `${B}(?:(${alt(['early', 'late', 'mid', 'the end of', 'the start of', 'the beginning of', 'the middle of', 'the early', 'the late'])})(?:${S}|-))?(?:(${alt(['this', 'last', 'next', 'this past', 'the past', 'this coming', 'the coming', 'the', 'coming', 'past', 'previous', 'the previous'])})${S})?(spring|summer|autumn|fall|winter)(?:(?:${S}of)?${S}(\\d{4})|${S}of${S}(last|next|this)${S}year)?${E}`,
  (m, text) => {
    const [whole, prefix, mod, seasonRaw, yRaw, yearOf] = m;
    const season = seasonRaw.toLowerCase();
    const code = SEASONS[season];
    // "the autumn of last year" reads as "last autumn" counted in years: the season of the year before.
    const modifier = yearOf ? `${yearOf} year` : (mod ?? '').toLowerCase();
    const after = textAfter(text, m.index + whole.length, 30);
    const before = wordBefore(text, m.index);
    if (/^\p{Lu}/u.test(seasonRaw) && !isCap(text.slice(m.index, m.index + 1))) return null;
    // Seasons as other words: "the fall of the Berlin Wall", "hot spring", "spring training", "Arab Spring".
    if (!yRaw) {
      if (/^\s?of\b/.test(after)) return null;
      if (seasonRaw === 'Spring' && !mod && !prefix) return null;
      if ((season === 'fall' || season === 'spring') && !prefix && (modifier === '' || modifier === 'the')) {
        // "Labour's spring conference", "the army's spring offensive": after a possessive, a season dates the event
        // noun it qualifies.
        const possessiveEvent = modifier === '' && /(?:['’]s|s['’])$/.test(before) && SEASON_EVENT_AFTER.test(after);
        if (!possessiveEvent && !['in', 'during', 'until', 'by', 'since', 'this', 'last', 'next', 'through', 'over', 'before', 'after'].includes(before)) return null;
        if (season === 'fall' && modifier === '') return null;
      }
      if (!mod && !prefix && /^\s?(?:session|term|school|camp|collection|olympics|games|sale|training|break|holiday|solstice|palace|storm|fuel|heat|wheat)/i.test(after)) return null;
    }
    return cand(m, 'season', (ctx) => {
      if (yRaw) return { type: 'DATE', value: `${yRaw}-${code}`, relative: false, explanation: `'${whole}' names a season of ${yRaw}.` };
      return refOr(ctx, whole, `XXXX-${code}`, 'DATE', (ref) => {
        const seasonIndex = { SP: 1, SU: 2, FA: 3, WI: 4 }[code]!;
        const refSeason = ref.m <= 2 || ref.m === 12 ? 4 : ref.m <= 5 ? 1 : ref.m <= 8 ? 2 : 3;
        // Winter belongs to the year in which it starts (TimeML: 2024-WI is the winter of 2024/25).
        const seasonYear = ref.m <= 2 ? ref.y - 1 : ref.y;
        let y = seasonYear;
        let how = 'this year';
        if (yearOf) {
          y = ref.y + (yearOf === 'last' ? -1 : yearOf === 'next' ? 1 : 0);
          how = `${yearOf} year`;
        } else if (/last|past|previous/.test(modifier)) {
          y = seasonIndex < refSeason ? seasonYear : seasonYear - 1;
          how = 'the most recent one before';
        } else if (/next|coming/.test(modifier)) {
          y = seasonIndex > refSeason ? seasonYear : seasonYear + 1;
          how = 'the next one after';
        } else if (modifier === 'this') {
          // In January or February the winter under way began last year, but "this summer" is the one ahead, unless
          // a past verb tells of the one gone by ("moved to the club this summer").
          if (code !== 'WI' && ref.m <= 2 && ctx.tense(m.index) !== 'past') [y, how] = [ref.y, 'this year, still to come'];
        } else {
          const tense = ctx.tense(m.index);
          if (tense === 'past' && seasonIndex > refSeason) [y, how] = [seasonYear - 1, 'past tense: the most recent one'];
          else if (tense === 'future' && seasonIndex < refSeason) [y, how] = [seasonYear + 1, 'future tense: the next one'];
          else if (!tense) {
            // No tense: the nearest one ("planned for the summer", said in February, is this summer, not last).
            const middle = (year: number) => ({ y: year + (code === 'WI' ? 1 : 0), m: { SP: 4, SU: 7, FA: 10, WI: 1 }[code]!, d: 15 });
            y = [seasonYear - 1, seasonYear, seasonYear + 1].reduce((a, b) => (Math.abs(diffDays(middle(b), ref)) < Math.abs(diffDays(middle(a), ref)) ? b : a));
            how = 'the nearest one';
          }
        }
        return { type: 'DATE', value: `${pad(y, 4)}-${code}`, relative: true, explanation: `'${whole}', relative to ${ctx.refLabel} (${how}).` };
      });
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Holidays that fall on one date: "Christmas Day", "New Year's Eve", "Thanksgiving", "Easter Sunday".

type Holiday = (y: number) => Ymd;
const HOLIDAYS: Record<string, Holiday> = {
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'thanksgiving day': (y) => nthWeekday(y, 11, 3, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 3, 4),
  easter: (y) => easter(y),
  'easter sunday': (y) => easter(y),
  'easter monday': (y) => addDays(easter(y), 1),
  'good friday': (y) => addDays(easter(y), -2),
  'labor day': (y) => nthWeekday(y, 9, 0, 1),
  'memorial day': (y) => nthWeekday(y, 5, 0, -1),
  'bastille day': (y) => ({ y, m: 7, d: 14 }),
  'fourth of july': (y) => ({ y, m: 7, d: 4 }),
  'may day': (y) => ({ y, m: 5, d: 1 }),
  'st patrick’s day': (y) => ({ y, m: 3, d: 17 }),
  "st patrick's day": (y) => ({ y, m: 3, d: 17 }),
  "st. patrick's day": (y) => ({ y, m: 3, d: 17 }),
  // The United States' general election: the Tuesday after the first Monday of November.
  'election day': (y) => addDays(nthWeekday(y, 11, 0, 1), 1),
};
const HOLIDAY_NAMES = "Christmas Day|Christmas Eve|Christmas|New Year['’]s Day|New Year['’]s Eve|Boxing Day|Valentine['’]s Day|Halloween|Thanksgiving Day|Thanksgiving|Easter Sunday|Easter Monday|Easter|Good Friday|Labor Day|Memorial Day|Bastille Day|Fourth of July|May Day|St\\.? Patrick['’]s Day|Election Day";
/** The holiday nearest `ref` that a modifier ("last", "next", "this") or the tense points to. */
function holidayNear(fn: Holiday, ref: Ymd, mod: string, tense: Tense): Ymd {
  const candidates = [fn(ref.y - 1), fn(ref.y), fn(ref.y + 1)];
  const dist = (d: Ymd) => (d.y - ref.y) * 372 + (d.m - ref.m) * 31 + (d.d - ref.d);
  if (mod === 'last') return candidates.filter((d) => dist(d) < 0).pop() ?? candidates[1];
  if (mod === 'next') return candidates.find((d) => dist(d) > 0) ?? candidates[1];
  if (mod === 'this') return candidates[1];
  if (tense === 'past') return candidates.filter((d) => dist(d) <= 0).pop() ?? candidates[1];
  if (tense === 'future') return candidates.find((d) => dist(d) >= 0) ?? candidates[1];
  return candidates.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
}
const HOLIDAY_EVENT_AFTER = /^\s(?:Parade|Sales?|Concert|Special|Classic|Games?|Bowl|Dinner|Service|Market|Appeal|Address|Message|Speech|Party|Ball|Gala|Fair|Festival|Carols?|Show|Match|Race|Rising|Uprising|Offensive|Agreement|Accords?|Treaty|Pact|Declaration)\b/;
rule(
  'holiday',
  `${B}(?:([Ll]ast|[Nn]ext|[Tt]his)${S})?(${HOLIDAY_NAMES})(?:,?${S}(\\d{4}))?${E}`,
  (m, text) => {
    const [whole, modRaw, nameRaw, yRaw] = m;
    const name = nameRaw.toLowerCase().replace(/’/g, "'");
    const fn = HOLIDAYS[name];
    if (!fn) return null;
    const mod = modRaw ? modRaw.toLowerCase() : '';
    if (mod && yRaw) return null;
    // "the Thanksgiving Day Parade", "the Queen's Christmas Message": a yearly event's name, not a date.
    if (!yRaw && HOLIDAY_EVENT_AFTER.test(textAfter(text, m.index + whole.length, 12))) return null;
    // "Holocaust Memorial Day", "Orthodox Christmas", Wham's "Last Christmas": a capitalised word before it inside a
    // sentence (not an abbreviation such as "US"), or a capitalised "Last", "Next", "This" there, makes it another day
    // or a title.
    if (modRaw ? isCap(modRaw) && !opensSentence(text, m.index) : insideName(text, m.index) && !/\p{Lu}{2}\s$/u.test(text.slice(m.index - 3, m.index))) return null;
    // "Christmas tree", "Easter egg", "Thanksgiving dinner" are things, not dates; a bare holiday needs date-like context.
    const before = wordBefore(text, m.index);
    if (!/day|eve|friday|sunday|monday|july/i.test(name) && !yRaw && !mod) {
      if (!['on', 'at', 'by', 'until', 'before', 'after', 'since', 'over', 'for', 'till', 'last', 'this', 'next', 'during', 'around', 'from', 'to'].includes(before)) return null;
      // "to Christmas Island", "on Easter Island": a capitalised word after makes it a name.
      if (/^\s\p{Lu}\p{Ll}/u.test(textAfter(text, m.index + whole.length, 3))) return null;
      if (/^\s?\p{Ll}/u.test(textAfter(text, m.index + whole.length, 3)) && !/^\s?(?:and|or|when|as|but|this|last|next)\b/.test(textAfter(text, m.index + whole.length, 8))) return null;
    }
    return cand(m, 'holiday', (ctx) => {
      if (yRaw) {
        const day = fn(+yRaw);
        return dayResolution(day, false, `'${whole}' is ${dateInWords(day)}.`);
      }
      return refOr(ctx, whole, 'XXXX-XX-XX', 'DATE', (ref) => {
        const tense = ctx.tense(m.index);
        return dayResolution(holidayNear(fn, ref, mod, tense), true, `'${whole}', the one nearest ${ctx.refLabel} (${tenseWords(tense)}).`);
      });
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Weekdays: "Thursday", "last Friday", "Thursday's", "Friday morning", "Mondays" (a set).

// Words before "last" that make it "final": "on the last night of the fair", "its last Saturday".
const DETERMINERS = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'that', 'every', 'each']);

// "the last Saturday of September", "the first Monday in May", "the fourth Thursday of November 2025".
const NTH = ['first', 'second', 'third', 'fourth', 'fifth'];
rule('nth weekday of a month', `${B}[Tt]he${S}(first|second|third|fourth|fifth|last|final)${S}(${WEEKDAY})${S}(?:of|in)${S}(${MONTH_FULL_ONLY})(?:,?${S}(\\d{4}))?${E}`, (m) => {
  const [whole, nthRaw, wdRaw, monRaw, yRaw] = m;
  const month = monthNumber(monRaw);
  const wd = WEEKDAYS[wdRaw.toLowerCase()];
  const nth = NTH.indexOf(nthRaw.toLowerCase());
  return cand(m, 'nth weekday of a month', (ctx) => {
    if (!yRaw && !ctx.ref) return unresolved('DATE', `XXXX-${pad(month)}`, whole);
    const y = yRaw ? +yRaw : resolveMonthYear(ctx.ref!, month, ctx.tense(m.index));
    const first = (wd - weekday({ y, m: month, d: 1 }) + 7) % 7 + 1;
    const last = first + 7 * Math.floor((daysInMonth(y, month) - first) / 7);
    const d = nth < 0 ? last : first + 7 * nth;
    if (d > daysInMonth(y, month)) return null;
    return calendarDate(y, month, d, !yRaw, `'${whole}' is ${dateInWords({ y, m: month, d })}.`, []);
  });
});

// "Tuesday week", "a week on Friday", "a week from Friday", "a week today": British and American ways of saying the
// day seven days after the coming one.
rule('a week from a day', `${B}(?:(${WEEKDAY})${S}(week|fortnight)|a${S}(week|fortnight)${S}(?:on|from)${S}(${WEEKDAY}|today|tomorrow)|a${S}(week|fortnight)${S}(today|tomorrow))(?![\\p{L}\\p{N}_'’-])`, (m) => {
  const [whole, dayBefore, unit1, unit2, dayAfter, unit3, deictic] = m;
  const name = (dayBefore ?? dayAfter ?? deictic).toLowerCase();
  // "a fortnight on Saturday": two weeks.
  const days = (unit1 ?? unit2 ?? unit3) === 'fortnight' ? 14 : 7;
  return cand(m, 'a week from a day', (ctx) =>
    refOr(ctx, whole, 'XXXX-XX-XX', 'DATE', (ref) => {
      const base = Object.hasOwn(WEEKDAYS, name) ? weekdayFrom(ref, WEEKDAYS[name], 'future') : addDays(ref, name === 'tomorrow' ? 1 : 0);
      return dayResolution(addDays(base, days), true, `'${whole}', ${days === 14 ? 'two weeks' : 'a week'} after ${isoDate(base)} (counted from ${ctx.refLabel}).`);
    }),
  );
});

// Nouns of events that happen unannounced, after a possessive day (a size or a strength may come between: "Sunday's
// 9.0 magnitude earthquake").
const UNPLANNED_EVENT_AFTER = /^\s(?:[\p{L}\p{N}.-]{1,12}\s){0,2}(?:earthquakes?|quakes?|tsunamis?|tidal wave|attacks?|bombings?|blasts?|explosions?|crash(?:es)?|shootings?|killings?|murders?|massacres?|fires?|floods?|flooding|storms?|hurricanes?|landslides?|avalanches?|derailment|collision|riots?|disaster|tragedy|accident|death|defeat|victory|win|loss|draw|resignation|arrest|raid|coup|ruling|verdict)(?![\p{L}])/u;
const DEFERRAL_VERB_BEFORE = /\b(?:extended|extends|extend|postponed|postpones|delayed|delays|deferred|defers|adjourned|suspended|froze|frozen|freezes|pushed\s+back|put\s+back)\b[^.;!?]{0,60}$/;
const INDEFINITE_WEEKDAY = new RegExp(`\\b(?:a|any)\\s${WEEKDAY}\\b`);
const DEFERRALS = new Set(['postponed', 'delayed', 'deferred', 'adjourned', 'extended', 'suspended', 'recessed', 'off', 'back', 'deadline', 'postpone', 'delay', 'defer', 'adjourn', 'extend', 'suspend']);
const DEADLINE_GIVEN = /\b(?:have|has|given|gave|give|gives|granted|allowed)\b[^.;]{0,30}$/;
const NOT_WEEKDAY_AFTER = /^\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Mail|Star|People|Sport|Record|Tribune|Club|League|Business Post|Sun|World|Review|Magazine|Edition|Show|Programme|Politics|Briefing)\b/;
// "Saturday Night Takeaway", "Monday Night Football", "Sunday Morning Futures": a capitalised part of the day and another
// capitalised word make a title (not after a possessive: "Tuesday's Morning Email" is that Tuesday's).
const TITLE_PART_OF_DAY_AFTER = /^\s(?:Night|Morning|Evening|Afternoon)\s\p{Lu}/u;
const ONE_EVENT_AFTER_WEEKDAY = /^\s(?:interview|rally|speech|statement|tweet|editorial|op-ed|memo|letter|e-?mail|(?:news|press)\sconference|conference\scall|town\shall|debate|hearing|briefing|breakfast|dinner|fundraiser|appearance|announcement|address|worship\sservice)(?![\p{L}-])/u;
// "attended a Sunday night memorial service", "held a Saturday vigil": in the past tense, "a" before a weekday and a
// gathering (a word or two may come between) names that one gathering, not some weekday.
const GATHERING_AFTER_WEEKDAY = /^\s(?:[a-z]{3,12}\s){0,2}(?:service|vigil|memorial|funeral|ceremony|meeting|session|summit|protest|march|concert|parade|visit|event|gathering|match|game|vote|raid|attack)(?![\p{L}-])/u;
const HABIT_WORDS = /\b(?:every|each|usually|often|regularly|always|sometimes|normally|traditionally|typically)\b/i;
/** The words around a span up to the ends of its sentence (at most 80 characters either side). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  const stop = /[.!?]\s/.exec(after);
  return before.slice(before.search(/[^.!?]*$/)) + after.slice(0, stop ? stop.index : after.length);
}
// Within its own clause: no comma between, but for that of a place ("in Austin, Texas, on Monday").
const PROGRESSIVE_BEFORE = /\b(?:is|are|am|(?:he|she|it|who|that)['’]s|(?:we|they|you)['’]re)\s+(?:[a-z]+ly\s+)?(?!being\b)[a-z]{3,}ing\b(?:[^.;:!?"“”,]|,\s[A-Z][a-z.]*,)*$/i;
const TOWARDS_BEFORE = /\b(?:before|ahead\s+of|into|at|win)\s+$/i;
const PAST_TOLD_PLAN_BEFORE = /\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:set|scheduled|expected|due|slated|poised|going|supposed)\s+to\b[^.;!?"“”]{0,60}$/i;
const WEEKDAY_KIND_AFTER = /^\s(?:school|schools|papers|newspapers|paper|league|leagues|lunch|lunches|roast|best|job|jobs|prayers)\b/;
const NAME_AFTER_WEEKDAY = new RegExp(`^\\s(?!(?:${MONTH_FULL_ONLY}|${WEEKDAY}|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|The|A|An|I|He|She|It|We|They|This|That|There)(?![\\p{L}]))\\p{Lu}\\p{Ll}`, 'u');
const NAME_BEFORE_WEEKDAY = new Set(['the', 'a', 'with', 'like', 'starring', 'star', 'stars', 'starred', 'featuring', 'actress', 'actor', 'singer', 'called', 'named', 'titled', 'entitled', 'of', 'hit', 'show', 'film', 'song', 'album', 'single', 'programme', 'series']);
const WEEKDAY_SLOT_AFTER = /^\s(?:[a-z]+\s)?(?:show|shows|drama|dramas|programme|programmes|program|series|slot|slots|entertainment|edition|editions|bulletin|chat|quiz)\b/;
const NOT_WEEKDAY_BEFORE = new Set(['happy', 'black', 'cyber', 'super', 'bloody', 'ash', 'maundy', 'palm', 'holy', 'man', 'girl', 'giving', 'blue', 'manic', 'mad', 'fat', 'good', 'easter', 'trinity', 'shrove']);

rule(
  'weekday',
  `${B}(?:(${alt(['last', 'next', 'this', 'this coming', 'this past', 'coming', 'past', 'previous', 'the previous', 'the following', 'the next', 'early', 'late', 'until', 'on'])})${S})?(${WEEKDAY}|(?:Mon|Tues?|Wed|Thurs?|Thu|Fri)\\.)(s)?(?:['’]s)?(?:${S}(morning|afternoon|evening|night)(s)?)?${E}`,
  (m, text) => {
    const [whole, modRaw, wdRaw, plural, partRaw, partPlural] = m;
    const wd = WEEKDAYS[wdRaw.toLowerCase().replace(/\.$/, '')];
    const before = wordBefore(text, m.index);
    if (!modRaw && NOT_WEEKDAY_BEFORE.has(before)) return null;
    // "Tues.", "Thurs.": an abbreviation ("Sun." and "Sat." are left out: "owned by Sun.", "Rising Sun.").
    const abbreviated = wdRaw.endsWith('.');
    if (abbreviated && (plural || partRaw || (!modRaw && DETERMINERS.has(before)))) return null;
    if (NOT_WEEKDAY_AFTER.test(textAfter(text, m.index + whole.length))) return null;
    if (!/['’]s$/.test(whole) && TITLE_PART_OF_DAY_AFTER.test(textAfter(text, m.index + whole.length, 12))) return null;
    // "Sunday school", "the Sunday papers", "a Sunday league", "Friday prayers": a kind of thing, not a day.
    if (!modRaw && !plural && !partRaw && !/['’]s$/.test(whole) && WEEKDAY_KIND_AFTER.test(textAfter(text, m.index + whole.length, 16))) return null;
    // "starring Tuesday Weld", "the network's Friday Night Lights", "hits like Monday Blues": a bare weekday
    // before a capitalised word, after a word that introduces a name rather than a time, begins a name or a title.
    if (!modRaw && !plural && !partRaw && !/['’]s$/.test(whole) && NAME_AFTER_WEEKDAY.test(textAfter(text, m.index + whole.length, 24)) && (NAME_BEFORE_WEEKDAY.has(before) || /\p{L}['’]s$/u.test(before))) return null;
    // "the Sunday night show", "the Friday programme": a slot in a schedule, not a day.
    if (!modRaw && !plural && !/['’]s$/.test(whole) && WEEKDAY_SLOT_AFTER.test(textAfter(text, m.index + whole.length, 24))) return null;
    // "the Mail on Sunday", "the Independent on Sunday": newspapers.
    if (modRaw === 'on' && /\b(?:Mail|Independent)\s$/.test(text.slice(Math.max(0, m.index - 13), m.index))) return null;
    const mod = (modRaw ?? '').toLowerCase();
    // "the last Thursday of the month": the final one of a stretch, not the one before the publication date.
    if (mod === 'last' && DETERMINERS.has(before)) return null;
    // Prepositions are outside the TempEval span.
    const trimStart = mod === 'on' || mod === 'until' ? modRaw.length + (whole.length - whole.slice(modRaw.length).trimStart().length - modRaw.length) : 0;
    let end = m.index + whole.length;
    const possessive = /['’]s(?:\s|$)/.test(whole.slice(modRaw ? modRaw.length : 0)) && !partRaw;
    if (possessive) end -= 2;
    const start = m.index + trimStart;
    const part = partRaw ? PART_OF_DAY[partRaw.toLowerCase()] : null;
    const shown = text.slice(start, end);
    if (plural || partPlural) {
      if (mod === 'last' || mod === 'next' || mod === 'this') return null;
      return {
        start, end, rule: 'weekday set',
        resolve: () => ({ type: 'SET', value: `XXXX-WXX-${wd + 1}${part ? 'T' + part : ''}`, relative: false, explanation: `'${shown}' recurs every ${WEEKDAY_NAMES[wd]}.` }),
      };
    }
    // "on a Friday night", "a Sunday stroll": some Friday or Sunday, not one the reference date tells; but "said in a
    // Thursday interview", "at a Sunday rally" name one event, held on the Thursday or Sunday the news is about.
    const some = (): Resolution => ({ type: 'DATE', value: `XXXX-WXX-${wd + 1}${part ? 'T' + part : ''}`, relative: false, explanation: `'${shown}' is some ${WEEKDAY_NAMES[wd]}, not a particular one.` });
    const gathering = !mod && before === 'a' && GATHERING_AFTER_WEEKDAY.test(textAfter(text, end, 40)) && !HABIT_WORDS.test(sentenceAround(text, m.index, end));
    if (!mod && (before === 'a' || before === 'any') && !(before === 'a' && ONE_EVENT_AFTER_WEEKDAY.test(textAfter(text, end, 24))) && !gathering) {
      return { start, end, rule: 'weekday', resolve: some };
    }
    // "started on a Sunday … at 5am on the Monday": the day after some weekday is as unknown as that weekday.
    if (!mod && before === 'the' && !possessive && INDEFINITE_WEEKDAY.test(text.slice(Math.max(0, m.index - 200), m.index))) {
      return { start, end, rule: 'weekday', resolve: () => ({ type: 'DATE', value: `XXXX-WXX-${wd + 1}${part ? 'T' + part : ''}`, relative: false, explanation: `'${shown}' follows a weekday that is not a particular one, so it is not one either.` }) };
    }
    return {
      start,
      end,
      rule: mod && mod !== 'on' && mod !== 'until' ? `weekday, ${mod}` : 'weekday',
      resolve: (ctx) => {
        if (gathering && !ONE_EVENT_AFTER_WEEKDAY.test(textAfter(text, end, 24)) && ctx.tense(m.index) !== 'past') return some();
        const unresolvedValue = `XXXX-WXX-${wd + 1}${part ? 'T' + part : ''}`;
        // TempEval-3 annotates "Friday morning" as a DATE with a part-of-day value (2025-07-04TMO).
        return refOr(ctx, shown, unresolvedValue, 'DATE', (ref) => {
          let day: Ymd;
          let how: string;
          if (mod === 'last' || mod === 'past' || mod === 'this past' || mod === 'previous') [day, how] = [weekdayFrom(ref, wd, 'last'), `'${mod}': the nearest ${WEEKDAY_NAMES[wd]} before`];
          else if (mod === 'next' || mod === 'coming' || mod === 'this coming') [day, how] = [weekdayFrom(ref, wd, 'next'), `'${mod}': the nearest ${WEEKDAY_NAMES[wd]} after`];
          else if (mod === 'this') {
            const tense = ctx.tense(m.index);
            [day, how] = [weekdayFrom(ref, wd, tense === 'past' ? 'past' : 'future'), `'this': the ${WEEKDAY_NAMES[wd]} of the current week`];
          } else if (mod === 'the previous' || mod === 'the following' || mod === 'the next') {
            const base = ctx.anchor ?? ref;
            [day, how] = [weekdayFrom(base, wd, mod === 'the previous' ? 'last' : 'next'), `'${mod}', counted from ${isoDate(base)}`];
          } else {
            // "postponed until Tuesday": a deferral points ahead whatever its tense ("Until Thursday, they had not
            // called him a suspect" still looks back).
            let tense = ctx.tense(m.index);
            if (mod === 'until' && DEFERRALS.has(wordBefore(text, m.index))) tense = 'future';
            // "have given the firm until Tuesday to repay": a deadline still to come ("had until Tuesday to" is past).
            if (mod === 'until' && /^\s{1,2}to\s{1,2}\p{Ll}/u.test(textAfter(text, end, 8)) && DEADLINE_GIVEN.test(text.slice(Math.max(0, m.index - 40), m.index))) tense = 'future';
            // "Kennedy is visiting Somerset on Monday": with no other cue, the present progressive and a weekday tell
            // of an arrangement still to come.
            const arranged = tense === null && PROGRESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index));
            if (arranged) tense = 'future';
            let direction: 'past' | 'future' = tense === 'future' ? 'future' : 'past';
            // "drop out before Tuesday's Florida primary", "heading into Sunday's meeting", "expected to win Wednesday's
            // vote": an event set in advance that the clause goes towards is ahead, unless the clause is in the past.
            const scheduled = possessive && tense !== 'past' && TOWARDS_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && EVENT_NAMED_AFTER.test(textAfter(text, end + 2, 40));
            if (scheduled) direction = 'future';
            // "would look for ways to get around Wednesday's ruling": a possessive weekday names an event of its
            // own, so a future verb governing the phrase does not push it ahead; it is the nearest such day.
            if (possessive && direction === 'future' && !scheduled) {
              const back = (weekday(ref) - wd + 7) % 7;
              // "will be affected by Sunday's earthquake": a disaster, an attack or a result is never announced
              // ahead, so it lies behind whatever the tense.
              if (back <= 3 || UNPLANNED_EVENT_AFTER.test(textAfter(text, end + 2, 40))) direction = 'past';
            }
            day = weekdayFrom(ref, wd, direction);
            // "Trump was set to headline a fundraiser Tuesday": a plan told in the past may be for a day just gone or
            // one still to come, so it is the nearest such day either way.
            const toldPlan = tense === 'future' && !possessive && PAST_TOLD_PLAN_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index));
            if (toldPlan) {
              const back = weekdayFrom(ref, wd, 'past');
              if (diffDays(ref, back) < diffDays(day, ref)) day = back;
            }
            how = toldPlan ? `a plan told in the past: the nearest ${WEEKDAY_NAMES[wd]} either way` : arranged ? `present progressive, an arrangement: the nearest ${WEEKDAY_NAMES[wd]} on or after` : tense === null ? `no tense cue, so like most news: the nearest ${WEEKDAY_NAMES[wd]} on or before` : `${tense} tense: the nearest ${WEEKDAY_NAMES[wd]} ${tense === 'past' ? 'on or before' : 'on or after'}`;
          }
          const base = dayResolution(day, true, `'${shown}', relative to ${ctx.refLabel} (${how}).`);
          if (part) base.value += `T${part}`;
          return base;
        });
      },
    };
  },
);

const GENERIC_AFTER_TODAY = /^\s(?:[a-z]{3,12}\s)?(?:world|youth|society|generations?|children|kids|young|teenagers|students|parents|families|culture|technology|computers|consumers)\b/;

/** A capitalised word that does not open a sentence, a quotation or a line: part of a title. */
function capitalisedInSentence(text: string, at: number, raw: string): boolean {
  return at > 0 && isCap(raw) && !/(?:[.!?:;…]["”’')]{0,2}\s*(?:["“‘'(]|``)?|^\s*(?:["“‘'(]|``)?|\n\s*(?:["“‘'(]|``)?)$/.test(text.slice(Math.max(0, at - 6), at));
}

/** "the [cars] of", "the [world] of" right before: "today" or "tomorrow" then names an age. */
const GENERIC_OF = /\b[Tt]he\s(?:[a-z]{3,12}\s){1,2}of\s$/;

// "Today", "yesterday morning", "late yesterday", "tonight", "the day before yesterday".
rule(
  'deictic day',
  `${B}(?:(${alt(['early', 'late', 'earlier', 'later', 'until', 'by'])})${S})?(${alt(['the day before yesterday', 'the day after tomorrow', 'today', 'tonight', 'yesterday', 'tomorrow'])})(?:['’]s)?(?:${S}(morning|afternoon|evening|night))?${E}`,
  (m, text) => {
    const [whole, modRaw, dayRaw, partRaw] = m;
    const mod = (modRaw ?? '').toLowerCase();
    const keep = mod !== 'until' && mod !== 'by';
    const start = keep ? m.index : m.index + whole.indexOf(dayRaw);
    let end = m.index + whole.length;
    if (/['’]s$/.test(whole)) end -= 2;
    const name = dayRaw.toLowerCase();
    const shift = name === 'yesterday' ? -1 : name === 'tomorrow' ? 1 : name === 'the day before yesterday' ? -2 : name === 'the day after tomorrow' ? 2 : 0;
    const part = name === 'tonight' ? 'NI' : partRaw ? PART_OF_DAY[partRaw.toLowerCase()] : null;
    // "today's youth", "in today's world": "nowadays", not the day of publication.
    if (name === 'today' && !modRaw && /['’]s$/.test(whole) && GENERIC_AFTER_TODAY.test(textAfter(text, m.index + whole.length, 30))) return null;
    // "the people of tomorrow", "the world of today": the age, not the day.
    if ((name === 'today' || name === 'tomorrow') && !modRaw && !partRaw && !/['’]s$/.test(whole) && GENERIC_OF.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    // A capitalised "Today" or "Tonight" inside a sentence is a title ("the BBC's Today programme", "USA Today",
    // "the Tonight Hour", the song "Lonely Tonight").
    if (!shift && !modRaw && capitalisedInSentence(text, m.index, dayRaw)) return null;
    const shown = text.slice(start, end);
    return {
      start,
      end,
      rule: 'deictic day',
      resolve: (ctx) =>
        refOr(ctx, shown, part ? `XXXX-XX-XXT${part}` : 'XXXX-XX-XX', part ? 'TIME' : 'DATE', (ref) => {
          const day = addDays(ref, shift);
          const r = dayResolution(day, true, `'${shown}', counted from ${ctx.refLabel}.`, part ? 'TIME' : 'DATE');
          if (part) r.value += `T${part}`;
          return r;
        }),
    };
  },
);

// "This morning", "last night", "this afternoon".
rule('part of day', `${B}(${alt(['this', 'last', 'early this', 'late last', 'late this', 'earlier this', 'later this'])})${S}(morning|afternoon|evening|night)${E}`, (m) => {
  const [whole, modRaw, partRaw] = m;
  const mod = modRaw.toLowerCase();
  const part = PART_OF_DAY[partRaw.toLowerCase()];
  if (mod.endsWith('last') && part !== 'NI' && part !== 'EV') return null;
  // "on the last night of the fair": the final one, not the night before publication.
  if (mod === 'last' && DETERMINERS.has(wordBefore(m.input, m.index))) return null;
  return cand(m, 'part of day', (ctx) =>
    refOr(ctx, whole, `XXXX-XX-XXT${part}`, 'TIME', (ref) => {
      const day = mod.endsWith('last') ? addDays(ref, -1) : ref;
      const r = dayResolution(day, true, `'${whole}', counted from ${ctx.refLabel}.`, 'TIME');
      r.value += `T${part}`;
      return r;
    }),
  );
});

// "by mid-afternoon", "late morning", "early evening Tuesday": a part of the day named in the sentence, or of the
// publication date.
rule('prefixed part of day', `${B}(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s?)(morning|afternoon|evening)(?:${S}(yesterday|today|tomorrow|${WEEKDAY}))?${E}`, (m, text) => {
  const [whole, partRaw, dayRaw] = m;
  // "an early morning show" recurs; "by late morning", "in early afternoon trade" and "trading ended mid-afternoon."
  // (an adverb that ends its clause) are times of one day.
  const endsClause = /^(?:[.,;:!?)]|\s(?:on|in|at|and|but|as|when|after|before|local)\b)/.test(textAfter(text, m.index + whole.length, 8)) && !DETERMINERS.has(wordBefore(text, m.index));
  if (!dayRaw && !endsClause && !/^(?:by|in|at|until|till|around|about|before|after|since|from|during|the)$/.test(wordBefore(text, m.index))) return null;
  const part = PART_OF_DAY[partRaw.toLowerCase()];
  return cand(m, 'part of day', (ctx) =>
    refOr(ctx, whole, `XXXX-XX-XXT${part}`, 'TIME', (ref) => {
      const name = (dayRaw ?? '').toLowerCase();
      let day: Ymd;
      let how: string;
      if (Object.hasOwn(WEEKDAYS, name)) [day, how] = [weekdayFrom(ref, WEEKDAYS[name], ctx.tense(m.index) === 'future' ? 'future' : 'past'), `${dayRaw} relative to ${ctx.refLabel}`];
      else if (name) [day, how] = [addDays(ref, name === 'yesterday' ? -1 : name === 'tomorrow' ? 1 : 0), `counted from ${ctx.refLabel}`];
      else if (ctx.sentenceDay) [day, how] = [ctx.sentenceDay.day, ctx.sentenceDay.how];
      else [day, how] = [ref, ctx.refLabel];
      const r = dayResolution(day, true, `'${whole}', part of ${isoDate(day)} (${how}).`, 'TIME');
      r.value += `T${part}`;
      return r;
    }),
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Calendar units relative to the reference: "last week", "earlier this week", "next month", "this year",
// "the past year" (a duration), "the weekend".

const REL_MODS = [
  'this', 'last', 'next', 'this past', 'this coming', 'the past', 'the last', 'the previous', 'the coming', 'the following',
  'the next', 'the current', 'the same', 'the prior', 'coming', 'past', 'previous', 'current', 'following', 'prior',
  'upcoming', 'the upcoming', 'the present', 'the latest', 'the entire', 'the whole', 'the rest of the', 'the rest of this',
  'all', 'all of', 'the full', 'the first', 'the final',
];
const REL_PREFIX = alt(['earlier', 'later', 'early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the first half of', 'the second half of', 'the rest of', 'the remainder of', 'at the end of']);

const COMPARED_BEFORE = /\b(?:(?:compared\s+(?:with|to)|versus)\s[^.;]{0,40}|from\s)$/;
rule(
  'relative unit',
  `${B}(?:(${REL_PREFIX})(?:${S}|-))?(${alt(REL_MODS)})${S}(week|weekend|month|year|decade|century|fortnight|fiscal year)(?:['’]s)?${E}`,
  (m, text) => {
    const [whole, prefixRaw, modRaw, unitRaw] = m;
    const mod = modRaw.toLowerCase();
    const unit = unitRaw.toLowerCase();
    const prefix = (prefixRaw ?? '').toLowerCase();
    let end = m.index + whole.length;
    if (/['’]s$/.test(whole)) end -= 2;
    const start = prefix === 'at the end of' ? m.index + 'at '.length : m.index;
    const shown = text.slice(start, end);
    // "the past year" and "the coming month" are stretches of time; "last year" and "next month" are calendar units.
    if (mod === 'the full' && unit === 'year') {
      return { start, end, rule: 'relative year', resolve: (ctx) => refOr(ctx, shown, 'XXXX', 'DATE', (ref) => ({ type: 'DATE', value: pad(ref.y, 4), relative: true, explanation: `'${shown}', the whole of the year of ${ctx.refLabel}.` })) };
    }
    // "in the past year", "in the last decade" place an event in the previous year or decade (TimeBank: DATE 1988);
    // "over the past year" is a stretch of time.
    const located = (mod === 'the past' || mod === 'the last') && (unit === 'year' || unit === 'decade') && !prefix && wordBefore(text, m.index) === 'in';
    const isDuration = /^(the past|the last|the coming|the next|the entire|the whole|all|all of|the first|the final|the upcoming|the rest of the|the rest of this|past|coming|upcoming)$/.test(mod) && !prefix && !located;
    if (isDuration) {
      if (unit === 'weekend') return null;
      const u = unit === 'fiscal year' ? 'year' : unit;
      if ((mod === 'past' || mod === 'coming' || mod === 'upcoming') && !/^(?:in|over|during|for|the)$/.test(wordBefore(text, m.index))) return null;
      return { start, end, rule: 'duration', resolve: () => ({ type: 'DURATION', value: durationValue(1, u), relative: false, explanation: `'${shown}' is a stretch of one ${u}.` }) };
    }
    if (mod === 'the same' || mod === 'the following' || mod === 'the previous' || mod === 'the prior') {
      // "the previous weekend", "the following weekend": the weekend before or after the day last named (or the
      // publication date), not the one that day is part of.
      if (unit === 'weekend') {
        if (mod === 'the same') return null;
        const after = mod === 'the following';
        return {
          start, end, rule: 'anchored unit',
          resolve: (ctx) =>
            refOr(ctx, shown, 'XXXX-WXX-WE', 'DATE', (ref) => {
              const base = ctx.anchor ?? ref;
              const wd = weekday(base);
              const saturday = addDays(base, after ? (5 - wd + 7) % 7 || 7 : -(wd === 6 ? 8 : (wd + 2) % 7 || 7));
              return { type: 'DATE', value: `${isoWeekValue(saturday)}-WE`, relative: true, explanation: `'${shown}', the weekend ${after ? 'after' : 'before'} ${isoDate(base)}${ctx.anchor ? ', the date last mentioned' : ''}.` };
            }),
        };
      }
      // "born in the same year that plastic cards first appeared": the unit of the event told after it, which no
      // date before it stands for unless the two are in apposition ("in 2002, the same year that ...").
      const ofEventAfter = mod === 'the same' && /^\s(?:that|when|in which)\b/.test(textAfter(text, end, 10)) && !/(?:\d|day|week|month|year)\.?,\s{1,2}$/.test(text.slice(Math.max(0, start - 8), start));
      return {
        start, end, rule: 'anchored unit',
        resolve: (ctx) =>
          refOr(ctx, shown, 'XXXX', 'DATE', (ref) => {
            if (ofEventAfter) return { type: 'DATE', value: unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : unit === 'day' ? 'XXXX-XX-XX' : 'XXXX', relative: true, explanation: `'${shown}', that of the event told after it, which the text does not date.` };
            const u = unit === 'fiscal year' ? 'year' : unit;
            const anchored = anchorFor(ctx, u);
            const base = anchored ?? ref;
            const n = mod === 'the same' ? 0 : mod === 'the following' ? 1 : -1;
            const shifted = shiftGranular(base, u, n);
            if (!shifted) return null as unknown as Resolution;
            return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${shown}', counted from ${anchored ? ctx.anchorValue + ', the date last mentioned' : ctx.refLabel}.` };
          }),
      };
    }
    const n = located || /^(last|this past|the previous|previous|prior|the prior)$/.test(mod) ? -1 : /next|coming/.test(mod) ? 1 : 0;
    return {
      start,
      end,
      rule: `relative ${unit}`,
      resolve: (ctx) =>
        refOr(ctx, shown, unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', 'DATE', (ref) => {
          if (unit === 'weekend') {
            const value = `${isoWeekValue(addDays(ref, 7 * n))}-WE`;
            return { type: 'DATE', value, relative: true, explanation: `'${shown}', the weekend of the ${n < 0 ? 'previous' : n > 0 ? 'next' : 'current'} week relative to ${ctx.refLabel}.` };
          }
          // "net of $3 million, compared with a loss of $3 million last year": in an earnings report, the quarter under
          // discussion a year before, as for "a year ago".
          if (unit === 'year' && mod === 'last' && ctx.lastQuarter && COMPARED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) {
            const q = ctx.lastQuarter;
            return { type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, relative: true, explanation: `'${shown}': the quarter under discussion (${q.y}-Q${q.q}) a year before.` };
          }
          const shifted = shiftGranular(ref, unit === 'fiscal year' ? 'year' : unit, n);
          if (!shifted) return unresolved('DATE', 'XXXX', shown);
          // "the first half of next year" is a half year, as "the first half of 2027" is.
          const half = unit === 'year' ? (/first half/.test(prefix) ? '-H1' : /second half/.test(prefix) ? '-H2' : '') : '';
          return { type: 'DATE', value: shifted.value + half, relative: true, explanation: `'${shown}', ${half ? `the ${half === '-H1' ? 'first' : 'second'} half of ` : ''}the ${n < 0 ? 'previous' : n > 0 ? 'next' : 'current'} ${unit} relative to ${ctx.refLabel}.` };
        }),
    };
  },
);

// "this season", "last season", "next season": a sports season, which may be a year or two, so only its direction
// is told. "the last season" is the final one.
rule('season of play', `${B}(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)${S})?([Tt]his|[Ll]ast|[Nn]ext)${S}season(?:['’]s)?${E}`, (m, text) => {
  const [whole, , which] = m;
  const end = m.index + whole.length - (/['’]s$/.test(whole) ? 2 : 0);
  if (which.toLowerCase() === 'last' && DETERMINERS.has(wordBefore(text, m.index))) return null;
  const value = { this: 'PRESENT_REF', last: 'PAST_REF', next: 'FUTURE_REF' }[which.toLowerCase()]!;
  const shown = text.slice(m.index, end);
  return { start: m.index, end, rule: 'season of play', resolve: () => ({ type: 'DATE', value, relative: true, explanation: `'${shown}' is a season of play ${value === 'PRESENT_REF' ? 'under way' : value === 'PAST_REF' ? 'before the current one' : 'after the current one'}; its years depend on the sport.` }) };
});

// "the Friday before Christmas", "the Monday after Easter", "the weekend before 4 July": counted from a holiday or a date.
rule(
  'weekday before a holiday',
  `${B}[Tt]he${S}(${WEEKDAY}|weekend)${S}(before|after)${S}(?:(Christmas(?:${S}Day)?|Easter(?:${S}Sunday)?|New${S}Year['’]s${S}Day|Thanksgiving)|(${MONTH})\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?${S}(${MONTH}))(?![\\p{L}\\p{N}]|\\s(?:Eve|Island)\\b)`,
  (m) => {
    const [whole, dayRaw, which, holiday, mon1, d1, d2, mon2] = m;
    const monRaw = mon1 ?? mon2;
    if (monRaw && !isCap(monRaw)) return null;
    return cand(m, 'weekday', (ctx) =>
      refOr(ctx, whole, dayRaw.toLowerCase() === 'weekend' ? 'XXXX-WXX-WE' : 'XXXX-XX-XX', 'DATE', (ref) => {
        const name = (holiday ?? '').toLowerCase();
        const at = (y: number): Ymd =>
          name.startsWith('christmas') ? { y, m: 12, d: 25 } : name.startsWith('easter') ? easter(y) : name.startsWith('new') ? { y, m: 1, d: 1 } : name ? nthWeekday(y, 11, 3, 4) : { y, m: monthNumber(monRaw), d: +(d1 ?? d2) };
        const rough = at(ref.y);
        const y = resolveYear(ref, rough.m, rough.d, ctx.tense(m.index));
        const base = at(y);
        if (!isValidYmd(base)) return null as unknown as Resolution;
        if (dayRaw.toLowerCase() === 'weekend') {
          const saturday = weekdayFrom(addDays(base, which === 'before' ? -1 : 1), 5, which === 'before' ? 'past' : 'future');
          return { type: 'DATE', value: `${isoWeekValue(saturday)}-WE`, relative: true, explanation: `'${whole}', the weekend ${which} ${dateInWords(base)}.` };
        }
        const wd = WEEKDAYS[dayRaw.toLowerCase()];
        const day = weekdayFrom(base, wd, which === 'before' ? 'last' : 'next');
        return dayResolution(day, true, `'${whole}', the ${WEEKDAY_NAMES[wd]} ${which} ${dateInWords(base)}.`);
      }),
    );
  },
);

// "the week before last", "the year before last": two units back.
rule('before last', `${B}[Tt]he${S}(week|month|year)${S}before${S}last${E}`, (m) => {
  const unit = m[1].toLowerCase();
  return cand(m, `the ${unit} before last`, (ctx) =>
    refOr(ctx, m[0], unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', 'DATE', (ref) => {
      const shifted = shiftGranular(ref, unit, -2);
      if (!shifted) return unresolved('DATE', 'XXXX', m[0]);
      return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${m[0]}', two ${unit}s before the ${unit} of ${ctx.refLabel}.` };
    }),
  );
});

// "the weekend of 24-25 October", "the weekend of 9 and 10 July", "weekend of 8/9 January": that weekend.
const PAIR_JOIN = `(?:\\s?[-–/]\\s?|${S}(?:and|&)${S})`;
rule(
  'weekend of a date',
  `${B}(?:[Tt]he${S})?weekend${S}of${S}(?:(\\d{1,2})(?:st|nd|rd|th)?(?:${PAIR_JOIN}\\d{1,2}(?:st|nd|rd|th)?)?${S}(${MONTH})|(${MONTH})\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?(?:${PAIR_JOIN}\\d{1,2}(?:st|nd|rd|th)?)?)(?:,?${S}(\\d{4}))?(?![\\p{L}\\p{N}]|[.:,]\\d)`,
  (m) => {
    const [whole, d1, mon1, mon2, d2, yRaw] = m;
    const month = monthNumber(mon1 ?? mon2);
    const d = +(d1 ?? d2);
    if (!isCap(mon1 ?? mon2) || d < 1 || d > 31) return null;
    return cand(m, 'the weekend', (ctx) => {
      if (!yRaw && !ctx.ref) return unresolved('DATE', 'XXXX-WXX-WE', whole);
      const y = yRaw ? +yRaw : resolveYear(ctx.ref!, month, d, ctx.tense(m.index));
      const day = { y, m: month, d };
      if (!isValidYmd(day)) return null;
      return { type: 'DATE', value: `${isoWeekValue(day)}-WE`, relative: !yRaw, explanation: `'${whole}', the weekend of the week that holds ${dateInWords(day)}.` };
    });
  },
);

rule('the weekend', `${B}(?:(over|during|at)${S})?([Tt]he${S}weekend)${E}`, (m, text) => {
  const start = m.index + m[0].indexOf(m[2]);
  return {
    start,
    end: m.index + m[0].length,
    rule: 'the weekend',
    resolve: (ctx) =>
      refOr(ctx, m[2], 'XXXX-WXX-WE', 'DATE', (ref) => {
        const tense = ctx.tense(m.index);
        // A weekend that is still to come in future clauses; otherwise the last one, or the current one on a weekend.
        const wd = weekday(ref);
        const shift = tense === 'future' ? (wd >= 5 ? 0 : 0) : wd >= 5 ? 0 : -7;
        return { type: 'DATE', value: `${isoWeekValue(addDays(ref, shift))}-WE`, relative: true, explanation: `'${text.slice(start, m.index + m[0].length)}', the nearest weekend relative to ${ctx.refLabel} (${tenseWords(tense)}).` };
      }),
  };
});

// ---------------------------------------------------------------------------------------------------------------
// Durations and offsets: "two weeks", "over two weeks", "the past two months", "a decade", "10-year",
// "two weeks ago", "a year earlier", "three days later".

const DUR_MODS = alt([
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'more than', 'less than', 'fewer than',
  'at least', 'at most', 'up to', 'just over', 'just under', 'some', 'another', 'an additional', 'a further',
  'the past', 'the last', 'the next', 'the previous', 'the first', 'the final', 'the coming', 'the following', 'the latest',
  'the preceding', 'the remaining', 'the entire', 'the whole', 'the', 'a full', 'a mere', 'within', 'under', 'well over',
  'past', 'last', 'next', 'each of the past', 'each of the last', 'at least the past', 'more than the past', 'a', 'no more than',
  'no less than',
]);

const COMPOUND_NUMBER = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/i;

rule(
  'duration',
  `${B}(?<!/)(?:(${DUR_MODS})${S})?(?:(\\d{1,3}|${NUMBER_WORD})(?:${S}(?:to|or)${S}|[-–]))?(${COUNT})(?:\\s{1,2}(1/2|1/4|3/4)|(½|¼|¾))?(?:${S}(more|additional|full|straight|consecutive|long|or so|and a half)|-(and-a-half))?(?:${S}|[-‐‑])(${UNIT})(?:${S}(and a half))?(?:${S}(ago|earlier|later|before|after|from now|hence|or so ago|or so|old|long|on(?=[,.;:]))|[\\s-](period|span|stretch|spell|term))?(?![\\p{L}\\p{N}_]|[-‐‑]\\p{L})`,
  (m, text) => {
    const [whole, modRaw, rangeOrTens, countRaw, fraction, fractionSign, extraRaw, hyphenHalf, unitRaw, halfAfter, tailRaw0, periodRaw] = m;
    // "twenty-five years": a tens word and a units word joined by a hyphen are one number, not a range.
    const compound = !!rangeOrTens && COMPOUND_NUMBER.test(`${rangeOrTens}-${countRaw}`) && whole.includes(`${rangeOrTens}-${countRaw}`);
    const rangeRaw = compound ? undefined : rangeOrTens;
    // "two to three weeks", "12 to 18 months": a range of counts is an unspecified number of units.
    // "one-and-a-half years" is "one and a half years".
    const extra = extraRaw ?? (hyphenHalf ? 'and a half' : halfAfter);
    // "Ten years on, …" is "later"; "five years on from the crash" is a stretch from the crash.
    const tailRaw = tailRaw0 === 'or so ago' ? 'ago' : tailRaw0 === 'on' ? 'later' : tailRaw0;
    const fractionValue = { '1/2': 0.5, '½': 0.5, '1/4': 0.25, '¼': 0.25, '3/4': 0.75, '¾': 0.75 }[fraction ?? fractionSign ?? ''] ?? ((extra ?? '').toLowerCase() === 'and a half' ? 0.5 : 0);
    const mod = (modRaw ?? '').toLowerCase();
    const tail = (tailRaw ?? '').toLowerCase();
    const after = textAfter(text, m.index + whole.length, 12);
    const unit = unitOf(unitRaw);
    const baseCount = countValue(compound ? `${rangeOrTens}-${countRaw}` : countRaw);
    const count = rangeRaw ? null : baseCount !== null && fractionValue ? baseCount + fractionValue : baseCount;
    const countLower = countRaw.toLowerCase();
    if (rangeRaw && (countValue(rangeRaw) === null || baseCount === null || /^(?:an?|few|a few|several|many)$/i.test(countRaw))) return null;
    const hyphenated = /[-‐‑]/.test(whole.slice(whole.lastIndexOf(countRaw) + countRaw.length).slice(0, 2));
    // Ages are not durations: "a 56-year-old", "three years old".
    if (tail === 'old' || /^[-‐‑]old/.test(after)) return null;
    if (/^\s?[-‐‑]?olds?\b/.test(after)) return null;
    // "a" only before a singular unit ("a week"), plural units need a real count or a vague one ("several").
    const plural = /s$/.test(unitRaw) || /centuries|millennia/i.test(unitRaw);
    if ((countLower === 'a' || countLower === 'an') && plural) return null;
    if (count === 1 && plural && !/\./.test(countRaw) && !fractionValue) return null;
    if ((countLower === 'a' || countLower === 'an') && mod === 'a') return null;
    // "a second" is an ordinal, "three-quarters of" and "a quarter of" are fractions.
    if (unit === 'second' && (countLower === 'a' || countLower === 'an')) return null;
    // "the show 48 Hours", "the film 28 Days Later": a capitalised unit inside a sentence is part of a title.
    if (capitalisedInSentence(text, m.index + whole.lastIndexOf(unitRaw), unitRaw) && !isCap(whole)) return null;
    // "a quarter point rise", "a quarter percentage point": a fraction of a point, not three months.
    if (unit === 'quarter' && (/^\s?of\b/.test(after) || hyphenated && plural || /^[\s-]?(?:percentage|point|per\s?cent)\b/.test(after))) return null;
    // "indignation in many quarters", "from all quarters": places, not spans of three months; "one quarter said they
    // oppose it": a fraction of the people asked.
    if (unit === 'quarter' && ((plural && /^(?:many|some|all|certain|various|other|most)$/i.test(countRaw) && /\b(?:in|from|among|across)\s{1,3}$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) || QUARTER_OF_PEOPLE_AFTER.test(after))) return null;
    // "a year" after an amount is a rate ("$5m a year", "60 minutes a day", "four flights a week"): handled as a set.
    if ((countLower === 'a' || countLower === 'an') && !mod && !tail && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "one day" as in "one day he will" is vague, but TempEval tags it; "some" only with plurals.
    if (mod === 'some' && !plural) return null;
    if (/^\d/.test(countRaw) && count !== null && count > 1000 && unit !== 'year') return null;
    // "Islam will one day be…", "he hopes he one day follows…": some day, not a day's length.
    if (countLower === 'one' && unit === 'day' && !modRaw && !tailRaw && !periodRaw && !plural && ADVERBIAL_ONE_DAY.test(text.slice(Math.max(0, m.index - 8), m.index)) && /^\s[a-z]/.test(after) && !/^\s(?:of|later|earlier|before|after|ago|and|or|in|to|for|at|the|a|an|per|off|on)\b/.test(after)) {
      // The verb after it tells which: "he one day walked in" is the past, "hopes to one day become", "he one day
      // follows" the future.
      const verbPast = /^\s(?:[a-z]+ed|was|were|had|did|went|came|met|saw|told|said|found|became|left|took|made|got|won|ran)\b/.test(after);
      const verbBase = !verbPast && /\bto\s{1,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index));
      return cand(m, 'reference word', (ctx) => {
        const value = verbPast ? 'PAST_REF' : verbBase ? 'FUTURE_REF' : ctx.tense(m.index) === 'past' ? 'PAST_REF' : 'FUTURE_REF';
        return { type: 'DATE', value, relative: false, explanation: `'${whole}' is some day in the ${value === 'PAST_REF' ? 'past' : 'future'} (${value}).` };
      });
    }
    const n = count;
    void extra;
    let start = m.index;
    let end = m.index + whole.length;
    const countStart = m.index + whole.indexOf(rangeOrTens ?? countRaw, modRaw ? modRaw.length : 0);
    // Leave prepositions ("within"), and determiners of an adjective ("a [two-day] visit", "a [five year] low"), out;
    // "a few" and "a couple of" are one quantity ("a few days").
    const aFew = mod === 'a' && (countLower === 'few' || countLower === 'couple of');
    // "meant to last 60 days", "the truce will last two weeks": "last" is the verb there, not a modifier.
    const verbLast = mod === 'last' && LAST_AS_VERB_BEFORE.has(wordBefore(text, m.index));
    if (mod === 'within' || mod === 'under' || verbLast || (mod === 'a' && !periodRaw && !aFew) || (hyphenated && mod && !periodRaw)) start = countStart;
    if (mod === 'a' && !periodRaw && !/^(few|couple|dozen)/.test(countLower) && !hyphenated && !/^\s?\p{Ll}/u.test(after)) return null;
    // "after" and "before" begin a clause or a phrase of their own: "two days [after] the vote".
    // "three days later", "a day earlier": counted from an event, not from the publication date, so TimeML annotates
    // the stretch ("three days", P3D) and leaves "later" out as a signal. "A year earlier" stays a date below.
    const stretch = (tail === 'later' || tail === 'earlier') && unit !== 'year' && unit !== 'decade' && unit !== 'century' && unit !== 'quarter';
    if (tail === 'long' || tail === 'before' || tail === 'after' || stretch) end -= tailRaw0.length + 1;
    const shown = text.slice(start, end);
    if (/^(ago|earlier|later|from now|hence)$/.test(tail) && !stretch) {
      const back = tail === 'ago' || tail === 'earlier';
      const fromAnchor = tail === 'earlier' || tail === 'later';
      return {
        start,
        end,
        rule: `offset ${tail}`,
        resolve: (ctx) =>
          refOr(ctx, shown, 'XXXX-XX-XX', 'DATE', (ref) => {
            if (n === null) return { type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF', relative: true, explanation: `'${shown}' is an unspecified time ${back ? 'before' : 'after'} ${ctx.refLabel}.` };
            // "lending fell in November from £25.5bn a year earlier", "sales sank in February compared to a year ago": a
            // month named earlier in the sentence, and last dated, is compared with the same month a year before.
            const month = unit === 'year' && n === 1 && back ? monthComparedBefore(text, start, ctx.anchorValue) : null;
            if (month) return { type: 'DATE', value: `${pad(month.y - 1, 4)}-${pad(month.m)}`, relative: true, explanation: `'${shown}': ${MONTH_NAMES[month.m - 1]} ${month.y}, named earlier in the sentence, a year before.` };
            // Only a quarter that has ended (or, in a fiscal year, is the current one) is reported on and compared
            // with a year before ("below the levels of a year ago" in a story that looks ahead to next quarter's
            // output is the year before).
            if (unit === 'year' && n === 1 && ctx.lastQuarter && ctx.lastQuarter.y * 4 + ctx.lastQuarter.q <= ref.y * 4 + Math.floor((ref.m - 1) / 3) + 1) {
              const q = ctx.lastQuarter;
              return { type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, relative: true, explanation: `'${shown}': the quarter under discussion (${q.y}-Q${q.q}) a year before.` };
            }
            // "in the last three months of 2004, compared with 1.41bn a year earlier": a year named earlier in the sentence,
            // and last dated, is compared with the year before.
            const year = unit === 'year' && n === 1 && back ? yearComparedBefore(text, start, ctx.anchorValue) : null;
            if (year !== null) return { type: 'DATE', value: pad(year - 1, 4), relative: true, explanation: `'${shown}': ${year}, named earlier in the sentence, a year before.` };
            // "Founded in 1990 … a decade later": years later are counted from the year last mentioned, in years.
            const yearAnchor = tail === 'later' && (unit === 'year' || unit === 'decade' || unit === 'century') ? anchorFor(ctx, 'year') : null;
            if (yearAnchor) {
              const years = n * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
              const shifted = shiftGranular(yearAnchor, 'year', years);
              if (shifted) return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${shown}', counted from ${yearAnchor.y}, the year last mentioned.` };
            }
            // "Seven decades on, it is remarkable …": counted from an event the article does not date, not from today.
            if (tailRaw0 === 'on' && !yearAnchor) return { type: 'DURATION', value: Number.isInteger(n) ? durationValue(n, unit) : fractionalDuration(n, unit), relative: false, explanation: `'${shown}': that long after an event the article does not date.` };
            const base = fromAnchor && unit !== 'year' && ctx.anchor ? ctx.anchor : ref;
            const shifted = shiftGranular(base, unit, back ? -n : n);
            if (!shifted) return { type: 'DURATION', value: Number.isInteger(n) ? durationValue(n, unit) : fractionalDuration(n, unit), relative: false, explanation: `'${shown}' is a stretch of time.` };
            return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${shown}', counted from ${base === ref ? ctx.refLabel : isoDate(base) + ', the date last mentioned'}.`, day: shifted.day };
          }),
      };
    }
    const value = n !== null && !Number.isInteger(n) ? fractionalDuration(n, unit) : durationValue(n, unit);
    return {
      start,
      end,
      rule: 'duration',
      resolve: () => ({ type: 'DURATION', value, relative: false, explanation: `'${shown}' is a duration of ${n === null ? 'an unspecified number of' : n} ${unit}${n === 1 ? '' : 's'}.` }),
    };
  },
  'giu',
);

function monthComparedBefore(text: string, at: number, anchorValue: string | null): { y: number; m: number } | null {
  const mv = /^(\d{4})-(\d{2})$/.exec(anchorValue ?? '');
  if (!mv) return null;
  const before = text.slice(Math.max(0, at - 120), at);
  const i = before.lastIndexOf(MONTH_NAMES[+mv[2] - 1]);
  // Not a month that ends a range ("October to December") or dates a report of a longer period ("In July, it reported
  // an annual turnover").
  if (i < 0 || /[.!?;]\s|\bquarter|\bperiod|\byear|\bannual/.test(before.slice(i)) || /(?:\bto|\band|\buntil|[-–])\s{0,2}$/.test(before.slice(0, i))) return null;
  return { y: +mv[1], m: +mv[2] };
}

function yearComparedBefore(text: string, at: number, anchorValue: string | null): number | null {
  if (!anchorValue || !/^\d{4}$/.test(anchorValue)) return null;
  const before = text.slice(Math.max(0, at - 120), at);
  const i = before.lastIndexOf(anchorValue);
  // Not a year that is itself the base of a comparison ("to 5.4% from 10.2% in 2003 and … from £610m a year earlier").
  // "a surge in demand during 2004. Sales jumped 22% from a year earlier": the sentence before may name it.
  return i >= 0 && (before.slice(i).match(/[.!?;]\s/g) ?? []).length <= 1 && !/\b(?:from|than|compared|against)\b/.test(before.slice(Math.max(0, i - 30), i)) ? +anchorValue : null;
}

// "half an hour", "about half a century": half of one unit.
const HALF_OF: Record<string, string> = { hour: 'PT30M', day: 'PT12H', month: 'P15D', year: 'P6M', decade: 'P5Y', century: 'P50Y' };
rule('half a unit', `${B}(?:(${alt(['about', 'around', 'nearly', 'almost', 'over', 'more than', 'less than', 'at least', 'another', 'a further'])})${S})?[Hh]alf${S}an?${S}(hour|day|month|year|decade|century)${E}(?:${S}(ago|later|earlier))?`, (m, text) => {
  const [whole, , unitRaw, tail] = m;
  const unit = unitRaw.toLowerCase();
  if (/[-‐‑]/.test(text.charAt(m.index + whole.length))) return null;
  if (tail === 'ago') {
    // Back by half the unit, as precise as the smaller unit: "half a year ago" is a month, "half an hour ago" a day.
    const [back, by] = unit === 'century' ? [50, 'year'] : unit === 'decade' ? [5, 'year'] : unit === 'year' ? [6, 'month'] : unit === 'month' ? [15, 'day'] : [0, 'day'];
    return cand(m, 'offset ago', (ctx) =>
      refOr(ctx, whole, 'XXXX', 'DATE', (ref) => {
        const shifted = shiftGranular(ref, by, -back)!;
        return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${whole}', counted back from ${ctx.refLabel}.`, day: shifted.day };
      }),
    );
  }
  // "half an hour later": the stretch, with "later" left out as a signal.
  const shown = tail ? whole.slice(0, whole.length - tail.length).trimEnd() : whole;
  return { start: m.index, end: m.index + shown.length, rule: 'duration', resolve: () => ({ type: 'DURATION', value: HALF_OF[unit], relative: false, explanation: `'${shown}' is half of one ${unit}.` }) };
});

// "a quarter of a century", "the past quarter of a century", "three-quarters of an hour".
const QUARTER_OF: Record<string, [string, string]> = { hour: ['PT15M', 'PT45M'], day: ['PT6H', 'PT18H'], year: ['P3M', 'P9M'], century: ['P25Y', 'P75Y'] };
rule('quarter of a unit', `${B}(?:(${alt(['about', 'around', 'nearly', 'almost', 'over', 'more than', 'less than', 'the past', 'the last', 'the next', 'another'])})${S})?(?:(${alt(['a', 'three', 'one'])})(?:${S}|-))?[Qq]uarters?${S}of${S}an?${S}(hour|day|year|century)${E}(?:${S}(ago))?`, (m) => {
  const [whole, , countRaw, unitRaw, ago] = m;
  const three = (countRaw ?? '').toLowerCase() === 'three';
  if (three !== /quarters\s/i.test(whole)) return null;
  const unit = unitRaw.toLowerCase();
  if (ago) {
    // "a quarter of a century ago": that many years back; months for a year, the day itself for an hour or a day.
    const [back, by] = unit === 'century' ? [three ? 75 : 25, 'year'] : unit === 'year' ? [three ? 9 : 3, 'month'] : [0, 'day'];
    return cand(m, 'offset ago', (ctx) =>
      refOr(ctx, whole, 'XXXX', 'DATE', (ref) => {
        const shifted = shiftGranular(ref, by, -back)!;
        return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${whole}', counted back from ${ctx.refLabel}.`, day: shifted.day };
      }),
    );
  }
  return cand(m, 'duration', () => ({ type: 'DURATION', value: QUARTER_OF[unit][three ? 1 : 0], relative: false, explanation: `'${whole}' is ${three ? 'three quarters' : 'a quarter'} of one ${unit}.` }));
});

// "2 hours 1 minute 9 seconds", "three years and six months", "eight minutes, 49.87 seconds": one stretch written in
// descending units (a race time gives the seconds with decimals).
const COMPOUND_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const COMPOUND_PART = `(\\d{1,3}(?:\\.\\d{1,3})?|${NUMBER_WORD})${S}(years?|months?|weeks?|days?|hours?|minutes?|seconds?)`;
const COMPOUND_PARTS = new RegExp(COMPOUND_PART, 'giu');
rule(
  'compound duration',
  `${B}${COMPOUND_PART}(?:,?${S}(?:and${S})?${COMPOUND_PART}){1,2}(?:${S}(ago))?(?![\\p{L}\\p{N}_]|[-‐‑]\\p{L})`,
  (m, text) => {
    // An age ("3 years 6 months old") and a stretch counted from another event ("… later") are for other rules.
    if (/^\s(?:earlier|later|before|after|old|from now)\b|^[-‐‑]old/i.test(textAfter(text, m.index + m[0].length, 12))) return null;
    const amounts = new Map<string, number>();
    let rank = -1;
    for (const part of m[0].matchAll(COMPOUND_PARTS)) {
      const unit = unitOf(part[2]);
      const n = countValue(part[1]);
      const r = COMPOUND_UNITS.indexOf(unit);
      // "3 years, 2 years and 18 months" is a list, not one stretch.
      if (n === null || r <= rank || (unit !== 'second' && !Number.isInteger(n))) return null;
      rank = r;
      amounts.set(unit, n);
    }
    const amount = (unit: string) => amounts.get(unit) ?? 0;
    const ago = m[5];
    if (ago) {
      // "two years and three months ago" is a month back from the publication date; "a week and two days ago" a day.
      const months = amount('year') * 12 + amount('month');
      const days = amount('week') * 7 + amount('day');
      if ((months && days) || amounts.has('hour') || amounts.has('minute') || amounts.has('second')) return null;
      return cand(m, 'offset ago', (ctx) =>
        refOr(ctx, m[0], 'XXXX-XX-XX', 'DATE', (ref) => {
          const shifted = months ? shiftGranular(ref, 'month', -months) : shiftGranular(ref, 'day', -days);
          return { type: 'DATE', value: shifted!.value, relative: true, explanation: `'${m[0]}', counted back from ${ctx.refLabel}.`, day: shifted!.day };
        }),
      );
    }
    const field = (unit: string, letter: string) => (amounts.has(unit) ? `${amount(unit)}${letter}` : '');
    const time = field('hour', 'H') + field('minute', 'M') + field('second', 'S');
    const value = `P${field('year', 'Y')}${field('month', 'M')}${field('week', 'W')}${field('day', 'D')}${time ? 'T' + time : ''}`;
    return cand(m, 'duration', () => ({ type: 'DURATION', value, relative: false, explanation: `'${m[0]}' is a duration of ${m[0].replace(/\s+/g, ' ')}.` }));
  },
  'giu',
);

const LAST_AS_VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'not', "won't", 'won’t', 'did', 'does', 'do', 'which', 'that', 'and']);
const ADVERBIAL_ONE_DAY = /\b(?:will|would|could|may|might|shall|should|can|he|she|they|we|I|you|it|to)\s{1,3}$/;

/** "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S: TimeML writes the fraction in the next smaller unit. */
function fractionalDuration(n: number, unit: string): string {
  const whole = Math.floor(n);
  const smaller: Record<string, [number, string, string]> = {
    year: [12, 'Y', 'M'], month: [30, 'M', 'D'], week: [7, 'W', 'D'], day: [24, 'D', 'H'], hour: [60, 'H', 'M'], minute: [60, 'M', 'S'],
  };
  const step = smaller[unit];
  if (!step) return durationValue(n, unit);
  const rest = Math.round((n - whole) * step[0]);
  const time = unit === 'hour' || unit === 'minute';
  const wholePart = whole ? `${whole}${step[1]}` : '';
  if (unit === 'day') return `P${wholePart}T${rest}H`;
  if (unit === 'week') return `P${whole * 7 + rest}D`;
  return `P${time ? 'T' : ''}${wholePart}${rest}${step[2]}`;
}

// Vague stretches: "recent weeks", "the coming months", "the past several years", "years" after "for"/"in".
rule(
  'vague duration',
  `${B}(${alt(['recent', 'coming', 'the coming', 'the past', 'the last', 'the next', 'the previous', 'the first', 'the early', 'the final', 'the ensuing', 'the intervening', 'the following', 'the remaining', 'past', 'subsequent', 'in recent', 'in coming', 'the preceding', 'the recent', 'the past few', 'the last few', 'the next few', 'the coming few', 'the past several', 'the last several', 'the next several', 'the previous few', 'more recent'])})${S}(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)${E}`,
  (m, text) => {
    const [whole, modRaw, unitRaw] = m;
    const mod = modRaw.toLowerCase();
    if ((mod === 'past' || mod === 'subsequent') && !/^(?:in|over|during|for)$/.test(wordBefore(text, m.index))) return null;
    // "in the early hours of Thursday" is a time of day, not a stretch of hours.
    if (mod === 'the early' && unitRaw.toLowerCase() === 'hours') return null;
    const start = mod.startsWith('in ') ? m.index + 3 : m.index;
    const shown = text.slice(start, m.index + whole.length);
    const unit = unitOf(unitRaw);
    return {
      start,
      end: m.index + whole.length,
      rule: 'vague duration',
      resolve: () => ({ type: 'DURATION', value: durationValue(null, unit), relative: false, explanation: `'${shown}' is an unspecified number of ${unit}s.` }),
    };
  },
);

// "the weeks ahead", "the months to come": an unspecified stretch from now on ("the days ahead of the vote" is not).
rule('stretch ahead', `${B}[Tt]he${S}(days|weeks|months|years|decades)${S}(?:ahead|to${S}come)${E}`, (m, text) =>
  /^\s?of\b/.test(textAfter(text, m.index + m[0].length, 4))
    ? null
    : cand(m, 'vague duration', () => ({ type: 'DURATION', value: durationValue(null, unitOf(m[1])), relative: false, explanation: `'${m[0]}' is an unspecified number of ${unitOf(m[1])}s from now on.` })),
);

// "over the years", "through the decades", "in the years that followed": an unspecified stretch.
rule('stretch over', `(?<=(?:[Oo]ver|[Tt]hrough|[Tt]hroughout|[Ii]n)\\s)the${S}(years|decades|centuries|months|weeks)${E}`, (m, text) => {
  const after = textAfter(text, m.index + m[0].length, 16);
  const before = wordBefore(text, m.index);
  // "in the years" only before what sets the stretch ("that followed", "since"); "of" makes it part of a phrase.
  if (/^\s?of\b/.test(after) || (before === 'in' && !/^\s?(?:that|since|after|following)\b/.test(after))) return null;
  return cand(m, 'vague duration', () => ({ type: 'DURATION', value: durationValue(null, unitOf(m[1])), relative: false, explanation: `'${m[0]}' is an unspecified number of ${unitOf(m[1])}s.` }));
});

rule(
  'bare plural duration',
  // "the first time in years", "may take days", "just months ago".
  `(?<=(?:[Ff]or|[Ww]ithin|[Oo]ver|[Aa]fter|[Ii]n|took|takes?|taking|lasted|lasts?|lasting|spent|spends?|waited|just|only|for many|for several|for some)\\s)(?:(?:many|several|some)${S})?(minutes|hours|days|weeks|months|years|decades|centuries)${E}`,
  (m, text) => {
    const unit = unitOf(m[1]);
    if (/^\s?(?:of|ago|old|to come|later|earlier|before|after|apart)\b/.test(textAfter(text, m.index + m[0].length, 12)) && !/^\s?ago/.test(textAfter(text, m.index + m[0].length, 5))) return null;
    if (/^\s?ago/.test(textAfter(text, m.index + m[0].length, 5))) {
      return { start: m.index, end: m.index + m[0].length + textAfter(text, m.index + m[0].length, 5).indexOf('ago') + 3, rule: 'offset ago', resolve: () => ({ type: 'DATE', value: 'PAST_REF', relative: false, explanation: `'${m[0]} ago' is an unspecified time in the past.` }) };
    }
    return cand(m, 'vague duration', () => ({ type: 'DURATION', value: durationValue(null, unit), relative: false, explanation: `'${m[0]}' is an unspecified number of ${unit}s.` }));
  },
);

// "Hours later", "just days earlier", "just hours after": an unspecified stretch counted from an event (a count before
// the unit is the duration rule's).
const UNITS_STRETCH_BEFORE = new Set(['just', 'only', 'mere', 'barely']);
const NOT_BEFORE_UNITS_LATER = new Set(['a', 'an', 'the', 'few', 'couple', 'of', 'dozen', 'more', 'than', 'about', 'some', 'those', 'these', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'and', 'or', 'to']);
rule('units later', `${B}(?:(?:many|several|[Mm]any|[Ss]everal)${S})?(minutes|hours|days|weeks|months|years|decades|Minutes|Hours|Days|Weeks|Months|Years|Decades)${S}(later|earlier|before|after)${E}`, (m, text) => {
  const before = wordBefore(text, m.index);
  if (NOT_BEFORE_UNITS_LATER.has(before) || /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/.test(before) || /[\d-]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
  // "just hours after the vote": before "before" or "after", only after a word that makes the bare unit a stretch.
  if (/^(?:before|after)$/.test(m[2]) && !UNITS_STRETCH_BEFORE.has(before)) return null;
  const unit = unitOf(m[1]);
  const end = m.index + m[0].length - m[2].length;
  const shown = text.slice(m.index, end).trimEnd();
  return { start: m.index, end: m.index + shown.length, rule: 'vague duration', resolve: () => ({ type: 'DURATION', value: durationValue(null, unit), relative: false, explanation: `'${shown}' is an unspecified number of ${unit}s.` }) };
});

rule('decade duration', `${B}(?:(${alt(['about', 'nearly', 'almost', 'over', 'more than', 'less than', 'the past', 'the last', 'the next', 'a'])})${S})?(decades|centuries)[-‐‑]long${E}`, (m) =>
  cand(m, 'vague duration', () => ({ type: 'DURATION', value: durationValue(null, unitOf(m[2])), relative: false, explanation: `'${m[0]}' lasts an unspecified number of ${unitOf(m[2])}s.` })),
);

// "a day-long meeting", "a year-long inquiry": one unit, as an adjective.
rule('unit-long', `${B}(hour|day|week|month|year)[-‐‑]long${E}`, (m) =>
  cand(m, 'duration', () => ({ type: 'DURATION', value: durationValue(1, m[1].toLowerCase()), relative: false, explanation: `'${m[0]}' lasts one ${m[1].toLowerCase()}.` })),
);

// ---------------------------------------------------------------------------------------------------------------
// The present, past and future as such: "now", "currently", "recently", "the past", "the future", "soon".

const SOON_PAST_AFTER = /^\s(?:[a-z]{2,}ed|became|began|spread|found|came|went|grew|fell|rose|made|took|gave|left|saw|got|ran|broke|drew|won|lost)\b/;
const REF_WORDS: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', presently: 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'this time': 'PRESENT_REF', current: 'PRESENT_REF', 'so far': 'PRESENT_REF', 'to date': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', 'until recently': 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF',
  recent: 'PAST_REF', 'in the past': 'PAST_REF', 'once': 'PAST_REF', 'then current': 'PAST_REF', 'then-current': 'PAST_REF',
  soon: 'FUTURE_REF', 'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the foreseeable future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF', 'the immediate future': 'FUTURE_REF', 'the not-too-distant future': 'FUTURE_REF',
  'in future': 'FUTURE_REF', 'a later date': 'FUTURE_REF', shortly: 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
};
rule(
  'reference word',
  `${B}(${alt(['now', 'right now', 'currently', 'nowadays', 'presently', 'at present', 'the present', 'at the moment', 'these days', 'current', 'then current', 'then-current', 'recently', 'more recently', 'most recently', 'lately', 'the past', 'recent', 'soon', 'the future', 'the near future', 'the foreseeable future', 'the distant future', 'the immediate future', 'a later date', 'shortly', 'the near term', 'the short term'])})${E}`,
  (m, text) => {
    const phrase = m[1].toLowerCase();
    const after = textAfter(text, m.index + m[0].length, 24);
    const before = wordBefore(text, m.index);
    if (phrase === 'soon' && (/^\s?(?:as|after|afterwards|thereafter|to be)\b/.test(after) || before === 'as' || before === 'too' || before === 'how')) return null;
    if (/current$/.test(phrase) && /^\s?(?:account|affairs|events|accounts|assets|liabilities|spending|expenditure|prices|dollars|terms|system|climate|of|flowing|flows|level|levels|law|rules|form)\b/i.test(after)) return null;
    if (/current$/.test(phrase) && /^\s?(?:and|or)\s(?:former|past|future)\b/i.test(after)) return null;
    if (phrase === 'recent' && /^\s?(?:graduates?|arrivals?|immigrants?|memory)\b/i.test(after)) return null;
    if (phrase === 'the present' && /^\s?(?:day|tense|government|regime|situation|system|case|study)\b/i.test(after)) return null;
    if (phrase === 'the past' && /^\s?(?:of|tense|master|president|chairman|champion)\b/i.test(after)) return null;
    // "the past three summers", "the past two elections": a count of things, not the past as such.
    if (phrase === 'the past' && /^\s(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|few|several|couple)\b/i.test(after)) return null;
    // "every now and then", "now and again": now and then, not the present.
    if (phrase === 'now' && before !== 'between' && /^\s(?:and|or)\s(?:then|again)\b/.test(after)) return null;
    if (phrase === 'now' && /^\s?-?(?:defunct|famous|former|retired|closed|ex|disbanded|deceased|notorious|late)\b/i.test(after)) return null;
    if (phrase === 'shortly' && /^\s?(?:before|after|thereafter|afterwards?)\b/.test(after)) return null;
    // "the song Still Here Now": a capitalised "Now" inside a sentence is part of a title.
    if (phrase === 'now' && capitalisedInSentence(text, m.index, m[1])) return null;
    const value = REF_WORDS[phrase];
    return cand(m, 'reference word', () => {
      // "He was soon released", "the venue soon became": in a past narrative "soon" is shortly after an event.
      if (phrase === 'soon' && (/^(?:was|were|had|been)$/.test(before) || SOON_PAST_AFTER.test(after))) return null;
      return {
        type: 'DATE',
        value,
        relative: false,
        explanation: `'${m[0]}' refers to the ${value === 'PRESENT_REF' ? 'present' : value === 'PAST_REF' ? 'past' : 'future'} in general (${value}).`,
      };
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Sets: "every Monday", "each season", "annually", "twice a year", "per day".

const SET_ADVERBS: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', quarterly: 'P1Q', biannually: 'P6M', fortnightly: 'P2W', biweekly: 'P2W' };
rule('set adverb', `${B}(${alt(Object.keys(SET_ADVERBS))})${E}`, (m, text) => {
  const word = m[1].toLowerCase();
  // "the Daily Mail", "the party daily Granma", "the daily reported": a publication, not a recurrence. As an
  // adjective ("a daily rally", "his weekly radio address") it is a set, as TimeML annotates it.
  const after = textAfter(text, m.index + m[0].length, 24);
  if (/^\s\p{Lu}/u.test(after) && (isCap(m[1]) || /^(?:daily|weekly|monthly)$/.test(word))) return null;
  // Capitalised inside a sentence it is a title: "China Daily", "Entertainment Weekly", "The Daily and Sunday Telegraph".
  if (isCap(m[1]) && !/(?:^|[.!?:]["”’']?\s+["“‘'(]?|\n\s*["“‘'(]?)$/.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
  if (/^\s(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|added|adds|published|carried|newspaper's)\b/.test(after)) return null;
  if (/^(?:average)$/.test(wordBefore(text, m.index))) return null;
  // "to rise 8.5% annually", "10,000 units annually": the adverb turns an amount into a rate; the amount is the news.
  if (/(?:\d|%|percent|per cent|million|billion|units)\s{1,2}$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "a quarterly dividend", "annual results": the kind of a payment or report, not a time.
  if (/^\s(?:cash\s)?(?:dividends?|results|loss|losses|profits?|earnings|payments?|reports?|figures|sales|net|revenues?|income|interest|rates?|payout)\b/.test(after)) return null;
  return cand(m, 'set', () => ({ type: 'SET', value: SET_ADVERBS[word], relative: false, explanation: `'${m[0]}' recurs every ${describeSet(SET_ADVERBS[word])}.` }));
});

function describeSet(value: string): string {
  return { P1D: 'day', P1W: 'week', P1M: 'month', P1Y: 'year', PT1H: 'hour', P1Q: 'quarter', P6M: 'six months', P2W: 'two weeks' }[value] ?? value;
}

rule(
  'every',
  `${B}(?:(${alt(['every other', 'every', 'each', 'once a', 'twice a', 'once every', 'once per', 'twice per', 'per'])})${S})(?:(${COUNT})${S}|(half|quarter)(?:${S}|-)(?=hour|day|year))?(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|season|morning|afternoon|evening|spring|summer|autumn|fall|winter|${MONTH_FULL_ONLY}|${WEEKDAY})(s)?${E}`,
  (m, text) => {
    const [whole, modRaw, countRaw, part, unitRaw, plural] = m;
    const mod = modRaw.toLowerCase();
    // "every half hour", "every quarter hour", "every half day".
    if (part) {
      if (plural) return null;
      const fraction = part.toLowerCase() === 'half' ? 0.5 : 0.25;
      const unit = unitRaw.toLowerCase();
      const value = unit === 'hour' ? `PT${60 * fraction}M` : unit === 'day' ? `PT${24 * fraction}H` : `P${12 * fraction}M`;
      return cand(m, 'set', () => ({ type: 'SET', value, relative: false, explanation: `'${whole}' recurs (${value}).` }));
    }
    if (mod === 'per' && !/(?:\d|%|million|billion|times)\s*$/.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    const n = countRaw ? countValue(countRaw) : 1;
    if (plural && !countRaw) return null;
    const unitLower = unitRaw.toLowerCase();
    let value: string;
    if (Object.hasOwn(WEEKDAYS, unitLower)) value = `XXXX-WXX-${WEEKDAYS[unitLower] + 1}`;
    else if (Object.hasOwn(MONTHS, unitLower) && isCap(unitRaw)) value = `XXXX-${pad(MONTHS[unitLower])}`;
    else if (Object.hasOwn(SEASONS, unitLower)) value = `XXXX-${SEASONS[unitLower]}`;
    // "every night": that part of any day, as TimeML writes "Tuesday nights" (XXXX-WXX-2TNI).
    else if (Object.hasOwn(PART_OF_DAY, unitLower)) value = `XXXX-XX-XXT${PART_OF_DAY[unitLower]}`;
    else if (unitLower === 'season') value = 'P1Y';
    else if (unitLower === 'weekend') value = 'XXXX-WXX-WE';
    else value = durationValue(mod === 'every other' ? 2 : n, unitLower);
    return cand(m, 'set', () => ({ type: 'SET', value, relative: false, explanation: `'${whole}' recurs (${value}).` }));
  },
);

// "within the hour": the hour from now.
rule('within the hour', `(?<=\\b[Ww]ithin\\s)the${S}hour${E}`, (m) => cand(m, 'duration', () => ({ type: 'DURATION', value: 'PT1H', relative: false, explanation: `'${m[0]}' is a stretch of an hour.` })));

// "open on weekends", "trains run at weekends": every weekend.
rule('weekends', `(?<=\\b(?:[Oo]n|[Aa]t|[Dd]uring|[Oo]ver)\\s)weekends${E}`, (m) =>
  cand(m, 'set', () => ({ type: 'SET', value: 'XXXX-WXX-WE', relative: false, explanation: `'${m[0]}' recurs: every weekend.` })),
);

// An amount, or a count of things, right before: "$5m a year", "twice a week", "60 minutes a day", "four flights a week".
// "at the rate of one a week", "an hour or two a day": a bare count before "a" is a rate too.
const RATE_BEFORE = /(?:\d|\d(?:m|bn|p|k)\)?|\d\)|%|million|billion|times|once|twice|per cent|percent|\b(?:one|two|three|four|five|six)|(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)\s{1,2}(?:[a-z]+\s{1,2})?[a-z]{2,}s)\s*$/;
// An hour only after money or a count of things, not a distance ("70 miles an hour" is a speed).
const DISTANCE_BEFORE = /\b(?:miles|kilometres|kilometers|km|knots|metres|meters|feet|yards)\s{1,2}$/;
const HOURS_BEFORE = /\b(?:hours|hrs|minutes)\s{1,2}$/;
rule('rate', `(?<=(?:\\d|\\d(?:m|bn|p|k)\\)?|\\d\\)|%|million|billion|times|once|twice|percent|cent|\\b(?:one|two|three|four|five|six)|(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)\\s{1,2}(?:[a-z]+\\s{1,2})?[a-z]{2,}s)\\s{1,2})(a|an)${S}(hour|day|night|week|month|year)${E}`, (m, text) => {
  const unit = m[2].toLowerCase();
  if (unit === 'hour' && DISTANCE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
  // "eight hours a night (after work)": time spent each night, as "every night" is written (XXXX-XX-XXTNI); not a
  // price or an audience ("$55 a night").
  const nightly = unit === 'night';
  if (nightly && !HOURS_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
  if (!nightly && /^\s(?:ago|earlier|later|before|after)\b/.test(textAfter(text, m.index + m[0].length, 10))) return null;
  return cand(m, 'set', () => ({ type: 'SET', value: nightly ? 'XXXX-XX-XXTNI' : durationValue(1, unit), relative: false, explanation: `'${m[0]}' is a rate: once every ${unit}.` }));
});

// "seven days a week", "three nights a month": days on which something recurs, every week or month (a set).
rule('days a unit', `${B}(\\d{1,2}|one|two|three|four|five|six|seven|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even)${S}(days|nights|evenings|mornings|afternoons)${S}(?:a|per|each|every)${S}(week|month|year)${E}`, (m) =>
  cand(m, 'set', () => ({ type: 'SET', value: durationValue(1, m[3].toLowerCase()), relative: false, explanation: `'${m[0]}' recurs: ${m[1]} ${m[2]} every ${m[3].toLowerCase()}.` })),
);

// ---------------------------------------------------------------------------------------------------------------
// Times of day: "10.00 am", "10:00 A.M.", "1400 GMT", "noon", "midnight", "9 a.m. EST Tuesday", "at 14:30".

const TIME_DAY = `(?:,?\\s{1,2}(${WEEKDAY}|today|tonight|tomorrow|yesterday|(?:${MONTH})\\s{0,2}\\d{1,2}(?:,\\s{1,2}\\d{4})?))?`;
// The period after "m" belongs to "p.m." but ends the sentence after "7pm.".
const AMPM = '([aApP])(?:\\.\\s?|\\s)?[mM]((?<=\\.\\s?[mM])\\.)?(?![\\p{L}])';

interface ParsedTime {
  hour: number;
  minute: number;
  zone: string | null;
  dayRaw: string | null;
  /** A weekday written before that day ("on Monday 31 August"), which can tell its year. */
  weekdayRaw?: string;
}

// "10 a.m. on Friday", "at midnight on Dec. 31", "midnight of 31 December", "2pm next Sunday": the day named right
// after a time (a date of its own) is its day.
const DAY_ON_AFTER = new RegExp(`^\\s{1,2}(?:o[nf]\\s{1,2}(?:(${WEEKDAY}),?\\s{1,2}(?=\\d|${MONTH}))?(${WEEKDAY}|(?:${MONTH})\\s{0,2}\\d{1,2}(?:,\\s{1,2}\\d{4})?|\\d{1,2}\\s{1,2}(?:${MONTH})(?:\\s{1,2}\\d{4})?)|(?:on\\s{1,2})?((?:next|this|last)\\s{1,2}(?:${WEEKDAY})))${E}`);

// "from 6am until 9pm on Saturday", "between 3 and 4 p.m. on Monday": the day after the end of a range is its start's too.
const RANGE_END_AFTER = new RegExp(`^\\s{0,2}(?:until|till|to|and|[-–])\\s{0,2}(?:\\d{1,2}(?:[:.]?\\d{2})?(?:\\s?[aApP]\\.?[mM]\\.?)?(?:\\s{0,2}(?:${ZONE}))?|noon|midnight|midday)(?![\\p{L}\\p{N}])`, 'u');

const SOME_WEEKDAY_AFTER = new RegExp(`^\\s{1,2}on\\s{1,2}(a|any|the)\\s{1,2}(${WEEKDAY})(?!['’\\p{L}])`, 'u');

/** The day a time falls on: the day written with it, the day named before it in the sentence, or the reference. */
function dayOfTime(ctx: ResolveContext, t: ParsedTime, at: number): { day: Ymd | null; dayHow: string; relative: boolean } {
  let day: Ymd | null = null;
  let dayHow = '';
  let relative = false;
  if (t.dayRaw) {
    const [, modifier, lower] = /^(?:(next|this|last)\s+)?(.*)$/.exec(t.dayRaw.toLowerCase())!;
    // "Dec. 31", "Dec. 31, 2025", or day first: "31 December 2025".
    const dayFirst = /^(\d{1,2})\s{1,2}([A-Za-z]+\.?)(?:\s{1,2}(\d{4}))?$/.exec(t.dayRaw);
    const md = dayFirst ? [dayFirst[0], dayFirst[2], dayFirst[1], dayFirst[3]] : /^([A-Za-z]+\.?)\s{0,2}(\d{1,2})(?:,\s{1,2}(\d{4}))?$/.exec(t.dayRaw);
    if (Object.hasOwn(WEEKDAYS, lower) && ctx.ref) {
      // As the weekday rule reads "next Sunday" (the one after today) and "last Sunday" (the one before).
      const tense = ctx.tense(at);
      const direction = modifier === 'next' ? 'next' : modifier === 'last' ? 'last' : modifier === 'this' && tense !== 'past' ? 'future' : tense === 'future' ? 'future' : 'past';
      day = weekdayFrom(ctx.ref, WEEKDAYS[lower], direction);
      dayHow = `the day from ${t.dayRaw} relative to ${ctx.refLabel}`;
      relative = true;
    } else if (md && monthNumber(md[1]) && (md[3] || ctx.ref)) {
      const month = monthNumber(md[1]);
      const nearest = md[3] ? +md[3] : resolveYear(ctx.ref!, month, +md[2], ctx.tense(at));
      const y = !md[3] && t.weekdayRaw ? yearOfWeekday(ctx.ref!, month, +md[2], weekdayNumber(t.weekdayRaw), nearest) ?? nearest : nearest;
      day = { y, m: month, d: +md[2] };
      dayHow = `the day from ${t.dayRaw}`;
      relative = !md[3];
    } else if (ctx.ref && !(Object.hasOwn(WEEKDAYS, lower))) {
      day = addDays(ctx.ref, lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0);
      dayHow = `the day from ${t.dayRaw} relative to ${ctx.refLabel}`;
      relative = true;
    }
  } else if (ctx.sentenceDay) {
    day = ctx.sentenceDay.day;
    dayHow = ctx.sentenceDay.how;
    relative = true;
  } else if (ctx.ref) {
    day = ctx.ref;
    dayHow = `the day from ${ctx.refLabel}`;
    relative = true;
  }
  return { day, dayHow, relative };
}

function timeCandidate(m: RegExpExecArray, text: string, parsed: ParsedTime, rule: string, start = m.index, end = m.index + m[0].length): Candidate {
  const shown = text.slice(start, end);
  const rangeEnd = parsed.dayRaw ? null : RANGE_END_AFTER.exec(textAfter(text, end, 24));
  const after = parsed.dayRaw ? null : DAY_ON_AFTER.exec(textAfter(text, end, 30)) ?? (rangeEnd && DAY_ON_AFTER.exec(textAfter(text, end + rangeEnd[0].length, 30)));
  const t = parsed.dayRaw ? parsed : { ...parsed, dayRaw: after?.[2] ?? after?.[3] ?? null, weekdayRaw: after?.[1] };
  // "at 2pm on a Sunday", "at 5am on the Monday" (after "a Sunday"): a time of some weekday, not a particular one.
  const some = parsed.dayRaw || after ? null : SOME_WEEKDAY_AFTER.exec(textAfter(text, end, 30));
  const someWeekday = some && (some[1].toLowerCase() !== 'the' || INDEFINITE_WEEKDAY.test(text.slice(Math.max(0, start - 200), start))) ? WEEKDAYS[some[2].toLowerCase()] : undefined;
  if (someWeekday !== undefined) {
    const value = `XXXX-WXX-${someWeekday + 1}T${pad(parsed.hour)}:${pad(parsed.minute)}`;
    return { start, end, rule, resolve: () => ({ type: 'TIME', value, relative: false, explanation: `'${shown}' is a time on some ${WEEKDAY_NAMES[someWeekday]}, not a particular one.` }) };
  }
  return {
    start,
    end,
    rule,
    resolve: (ctx) => {
      const issues: Issue[] = [];
      if (t.hour > 24 || t.minute > 59 || (t.hour === 24 && t.minute > 0)) {
        issues.push({ code: 'date.impossible', severity: 'warning', message: `'${shown}' is not a real time of day: ${t.hour > 24 || t.hour === 24 ? `there is no hour ${t.hour}` : `there is no minute ${t.minute}`}.` });
      }
      const { day, dayHow, relative } = dayOfTime(ctx, t, m.index);
      const offset = t.zone ? zoneOffset(t.zone, day) : null;
      const hh = pad(t.hour);
      const mm = pad(t.minute);
      const value = `${day ? isoDate(day) : 'XXXX-XX-XX'}T${hh}:${mm}`;
      const zoneWords = t.zone ? ` ${t.zone}` : '';
      const explanation = day
        ? `'${shown}' is ${hh}:${mm}${zoneWords} on ${dateInWords(day)} (${dayHow}).`
        : `'${shown}' is ${hh}:${mm}${zoneWords}; its day depends on the publication date, which this article does not give.`;
      return {
        type: 'TIME',
        value,
        relative: relative || !day,
        explanation,
        time: { day, hour: t.hour, minute: t.minute, zone: t.zone, offset },
        day: day ?? undefined,
        issues,
      };
    },
  };
}

// "10:35 a.m. (0735 GMT) Friday", "11 p.m. (2100 GMT) on Tuesday": the day written after a time's conversion belongs to
// the time as well.
const DAY_AFTER_CONVERSION = new RegExp(`^\\s{0,2}\\([^()\\n]{1,30}\\)\\s{0,2},?\\s{0,2}(?:on\\s{1,2})?(${WEEKDAY}|today|tonight|tomorrow|yesterday)${E}`);
const DAY_AFTER_CLOSE = new RegExp(`^\\s{0,2}\\)\\s{0,2},?\\s{0,2}(?:on\\s{1,2})?(${WEEKDAY}|today|tonight|tomorrow|yesterday)${E}`);
function dayAfterConversion(text: string, end: number, inParens: boolean): string | null {
  const after = text.slice(end, end + 48);
  const m = (inParens ? DAY_AFTER_CLOSE : DAY_AFTER_CONVERSION).exec(after);
  return m ? m[1] : null;
}

function zoneOf(raw: string | undefined): string | null {
  if (!raw) return null;
  if (/local time/i.test(raw)) return null;
  if (/^(?:Eastern|Central|Mountain|Pacific)$/.test(raw)) return `${raw} time`;
  return raw.replace(/\s+/g, '').replace(/time$/i, ' time').replace(/^(UK|London|Paris|Berlin|Brussels|Moscow|NewYork|Washington) time$/, (s) => s.replace('NewYork', 'New York'));
}

// The end of a range of times ("2pm-4pm", "2-4pm") follows a hyphen.
const RANGE_START_BEFORE = '(?<=(?<![\\p{L}\\p{N}_.:,/$£€\\-])\\d{1,2}(?:[:.]\\d{2})?(?:\\s?[aApP]\\.?[mM]\\.?)?\\s?[-–]\\s?)';
// The same time in another zone after a slash: "9 p.m. ET/6 p.m. PT".
const ZONE_SLASH_BEFORE = `(?<=(?<![\\p{L}])${ZONE}\\s?/\\s?)`;
rule(
  'clock time',
  `(?:(?<![\\p{L}\\p{N}_.:,/\\-])|${RANGE_START_BEFORE}|${ZONE_SLASH_BEFORE})(\\d{1,2})(?:([:.])(\\d{2}))?\\s{0,2}${AMPM}(?:\\s{0,2}\\(?(${ZONE})\\)?)?${TIME_DAY}`,
  (m, text) => {
    const [whole, hRaw, , minRaw, ap, , zoneRaw, dayRaw] = m;
    let hour = +hRaw;
    if (hour > 12 || hour === 0) {
      if (hour > 12) return timeCandidate(m, text, { hour, minute: minRaw ? +minRaw : 0, zone: zoneOf(zoneRaw), dayRaw: dayRaw ?? null }, 'clock time');
    }
    const pm = ap.toLowerCase() === 'p';
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    let end = m.index + whole.length;
    // "(1400 GMT)" keeps its closing parenthesis outside the span when the opening one is not inside it.
    if (whole.endsWith(')') && !whole.includes('(')) end--;
    if (zoneRaw && whole.includes('(' + zoneRaw) && !whole.includes(zoneRaw + ')')) end = m.index + whole.indexOf('(');
    const day = dayRaw ?? dayAfterConversion(text, m.index + whole.length, false);
    return timeCandidate(m, text, { hour, minute: minRaw ? +minRaw : 0, zone: zoneOf(zoneRaw), dayRaw: day }, 'clock time', m.index, end);
  },
);

// "10 a.m. daily", "7pm every day": a time that recurs each day.
rule('daily time', `(?<![\\p{L}\\p{N}_.:,/\\-])(\\d{1,2})(?:[:.](\\d{2}))?\\s{0,2}${AMPM}\\s{1,2}(?:daily|every${S}day|each${S}day|nightly)${E}`, (m) => {
  const [whole, hRaw, minRaw, ap] = m;
  let hour = +hRaw;
  if (hour === 0 || hour > 12) return null;
  const pm = ap.toLowerCase() === 'p';
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  const value = `XXXX-XX-XXT${pad(hour)}:${pad(minRaw ? +minRaw : 0)}`;
  return cand(m, 'set', () => ({ type: 'SET', value, relative: false, explanation: `'${whole}' recurs every day at ${pad(hour)}:${pad(minRaw ? +minRaw : 0)}.` }));
});

// "2-4pm", "11-1pm": the start of a range of times takes the half of the day from its end, unless that puts it after
// the end.
rule('start of a time range', `(?<![\\p{L}\\p{N}_.:,/$£€\\-])(\\d{1,2})(?:[:.](\\d{2}))?(?=\\s?[-–]\\s?(\\d{1,2})(?:[:.]\\d{2})?\\s{0,2}${AMPM})`, (m, text) => {
  const [, hRaw, minRaw, endRaw, ap] = m;
  let hour = +hRaw;
  const endHour = +endRaw;
  if (hour === 0 || hour > 12 || endHour === 0 || endHour > 12) return null;
  const pm = ap.toLowerCase() === 'p' && (hour <= endHour || endHour === 12) && hour !== 12;
  if (pm) hour += 12;
  return timeCandidate(m, text, { hour, minute: minRaw ? +minRaw : 0, zone: null, dayRaw: null }, 'clock time');
});

rule(
  'zoned time',
  `(?<![\\p{L}\\p{N}_.:,/\\-])(\\d{1,2})(?:[:.h]?)(\\d{2})\\s{0,2}(?:(${ZONE})|(hrs|hours)(?=\\s(?:${ZONE}|local|on|${WEEKDAY}))(?:\\s(${ZONE}))?)${TIME_DAY}`,
  (m, text) => {
    const [whole, hRaw, minRaw, zoneRaw, , zone2, dayRaw] = m;
    const zone = zoneRaw ?? zone2;
    if (zone && /local time/i.test(zone) && hRaw.length === 2 && !whole.includes(':') && !whole.includes('.')) {
      // "1400 local time" is a time; "2000 local time" could be one too.
    }
    const inParens = !dayRaw && text[m.index - 1] === '(';
    // "06:00 local time (03:00 GMT) on Sunday": the day after the conversion is the time's own.
    return timeCandidate(m, text, { hour: +hRaw, minute: +minRaw, zone: zoneOf(zone), dayRaw: dayRaw ?? dayAfterConversion(text, m.index + whole.length, inParens) }, 'zoned time');
  },
);

// "from 0800 to 1800GMT", "between 09:00 and 17:00 GMT": the start of a range takes the zone written at its end.
rule('start of a zoned range', `(?<=\\b(?:[Ff]rom|[Bb]etween)\\s)(\\d{1,2})[:.h]?(\\d{2})(?=\\s{0,2}(?:to|until|till|and|[-–])\\s{0,2}\\d{1,2}[:.h]?\\d{2}\\s{0,2}(${ZONE})(?![\\p{L}]))`, (m, text) => {
  const [, hRaw, minRaw, zone] = m;
  if (+hRaw > 23 || +minRaw > 59) return null;
  return timeCandidate(m, text, { hour: +hRaw, minute: +minRaw, zone: zoneOf(zone), dayRaw: null }, 'zoned time');
});

rule(
  '24-hour time',
  // After "at", "by", …; or a live blog's entry time opening its line ("16:40 — Power has been restored").
  `(?:(?<=\\b(?:[Aa]t|[Bb]y|from|until|till|before|after|around|about|since|between|and|to)\\s)|(?<=(?:^|\\n)[ \\t]{0,4})(?=\\d{1,2}:\\d{2}\\s?[—–-]\\s))(\\d{1,2})[:.](\\d{2})(?![\\p{L}\\p{N}_]|[.:,]\\d|\\s?(?:[aApP]\\.?[mM]|GMT|UTC|%))`,
  (m, text) => {
    const [, hRaw, minRaw] = m;
    if (m[0].includes('.') && !/^\s?(?:h|hrs|hours|local)\b/.test(textAfter(text, m.index + m[0].length, 8))) return null;
    if (+minRaw > 59) return null;
    return timeCandidate(m, text, { hour: +hRaw, minute: +minRaw, zone: null, dayRaw: null }, '24-hour time');
  },
);

rule('noon', `${B}(?:(${alt(['around', 'about', 'shortly before', 'shortly after', 'just before', 'just after'])})${S})?(noon|midday|midnight)(?:\\s{1,2}(${ZONE}))?${TIME_DAY}${E}`, (m, text) => {
  const [whole, mod, word, zoneRaw, dayRaw] = m;
  void whole;
  // "high noon" is a showdown, not a time.
  if (!mod && word.toLowerCase() === 'noon' && wordBefore(text, m.index) === 'high') return null;
  const start = mod ? m.index + m[0].indexOf(word) : m.index;
  const isNoon = word.toLowerCase() !== 'midnight';
  // "launched at midnight on 1 January", "just after midnight on Tuesday": the midnight that begins the day named;
  // a deadline or an ending ("until midnight on Monday", "expires at midnight Friday") is the one that ends it.
  const dayStart = !isNoon && !/before/i.test(mod ?? '') && (dayRaw || DAY_ON_AFTER.test(textAfter(text, m.index + whole.length, 30))) && !MIDNIGHT_ENDS.test(text.slice(Math.max(0, m.index - 50), m.index));
  return timeCandidate(m, text, { hour: isNoon ? 12 : dayStart ? 0 : 24, minute: 0, zone: zoneOf(zoneRaw), dayRaw: dayRaw ?? null }, isNoon ? 'noon' : 'midnight', start);
});
const MIDNIGHT_ENDS = /\b(?:until|till|by|before|expires?|expiring|expired|ends?|ending|ended|closes?|closing|closed|deadline|runs?\sout)\b[^.;:!?]{0,40}$/i;

rule('o’clock', `${B}(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s?o['’]clock${E}`, (m, text) => {
  const n = countValue(m[1]) ?? 0;
  return timeCandidate(m, text, { hour: n, minute: 0, zone: null, dayRaw: null }, 'clock time');
});

// Clock times in words: "half past six", "a quarter to nine", "at ten past three". A count of minutes needs a
// preposition of time before it ("five to one" is also odds); what follows must not make the hour a count.
const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTE_WORDS: Record<string, number> = { five: 5, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25 };
rule(
  'time in words',
  `${B}(?:([Hh]alf|[Qq]uarter)|(?<=\\b(?:[Aa]t|until|till|around|about|before|after|since|[Aa]t\\s(?:about|around|exactly))\\s)(twenty[- ]five|twenty|ten|five)(?:${S}minutes)?)${S}(past|to)${S}(${alt(HOUR_WORDS)}|1[0-2]|[1-9])(?![\\p{L}\\p{N}_%]|[.,:]\\d|[-‐‑]\\p{L}|\\s(?:years?|months?|weeks?|days?|hours?|minutes?|per|percent|million|billion|points?|goals?|times|of|[a-z]+s\\b))`,
  (m, text) => {
    const [, part, countRaw, direction, hourRaw] = m;
    const minutes = part ? (part.toLowerCase() === 'half' ? 30 : 15) : MINUTE_WORDS[countRaw.toLowerCase().replace(/\s+/, ' ')];
    if (part?.toLowerCase() === 'half' && direction === 'to') return null;
    let hour = countValue(hourRaw) ?? +hourRaw;
    let minute = minutes;
    if (direction === 'to') {
      hour = hour === 1 ? 12 : hour - 1;
      minute = 60 - minutes;
    }
    return timeCandidate(m, text, { hour, minute, zone: null, dayRaw: null }, 'clock time');
  },
);

// "The storm hit overnight": the night before the publication date, or the night of a day named in the sentence.
// Not the adjective ("an overnight success", "overnight figures", "with overnight stays") nor the figure of speech
// ("will not happen overnight").
const OVERNIGHT_NEXT = /^(?:[\s,]*$|[.,;:!?)"”’'—–-]|\s(?:after|and|as|at|before|but|by|for|from|in|into|on|or|since|so|then|to|until|when|while|across|amid|despite|because|near|through|[A-Z0-9])(?![\p{L}]))/u;
const NEGATED_BEFORE = /\b(?:not|never|no|nothing|nobody|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t)\b[^.!?\n]*$/i;
rule('overnight', `${B}[Oo]vernight${E}`, (m, text) => {
  const end = m.index + m[0].length;
  if (!OVERNIGHT_NEXT.test(text.slice(end, end + 12))) return null;
  const before = wordBefore(text, m.index);
  if (DETERMINERS.has(before) || before === 'with' || before === 'an') return null;
  if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
  return cand(m, 'part of day', (ctx) =>
    refOr(ctx, m[0], 'XXXX-XX-XXTNI', 'TIME', (ref) => {
      const day = ctx.sentenceDay?.day ?? (ctx.tense(m.index) === 'future' ? ref : addDays(ref, -1));
      const how = ctx.sentenceDay ? ctx.sentenceDay.how : ctx.tense(m.index) === 'future' ? `the night after ${ctx.refLabel}` : `the night before ${ctx.refLabel}`;
      return { type: 'TIME', value: `${isoDate(day)}TNI`, relative: true, explanation: `'${m[0]}' is the night of ${dateInWords(day)} (${how}).` };
    }),
  );
});

// "before dawn", "at dusk", "through the night": a part of the day or night after a preposition, on the day written
// after it ("at dawn on Tuesday"), the day named before it in the sentence, or else the publication date ("the night"
// in the past is the night before it).
const DAWN: Record<string, string> = { dawn: 'MO', daybreak: 'MO', sunrise: 'MO', dusk: 'EV', sunset: 'EV', nightfall: 'EV' };
rule(
  'dawn',
  `(?<=\\b(?:[Aa]t|[Bb]efore|[Aa]fter|[Bb]y|[Uu]ntil|till|[Ss]ince|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Ii]n)\\s)(?:(dawn|daybreak|sunrise|dusk|sunset|nightfall)|the${S}night)(?![\\p{L}\\p{N}_'’-]|\\s(?:of|before|after|in\\s[A-Z]|when|that)\\b)`,
  (m, text) => {
    const word = m[1]?.toLowerCase();
    const before = wordBefore(text, m.index);
    if (word && (before === 'through' || before === 'throughout' || before === 'during' || before === 'in')) return null;
    if (!word && !['through', 'throughout', 'during', 'in'].includes(before)) return null;
    // "to make it through the night": to survive it.
    if (/\b(?:make|makes|made|making|get|gets|got|getting)\s(?:it\s)?through\s$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    const part = word ? DAWN[word] : 'NI';
    // "at dawn on Tuesday": the day written after it, as for a clock time.
    const after = DAY_ON_AFTER.exec(textAfter(text, m.index + m[0].length, 30));
    const written: ParsedTime = { hour: 0, minute: 0, zone: null, dayRaw: after?.[2] ?? after?.[3] ?? null, weekdayRaw: after?.[1] };
    return cand(m, 'part of day', (ctx) =>
      refOr(ctx, m[0], `XXXX-XX-XXT${part}`, 'TIME', (ref) => {
        let { day, dayHow } = dayOfTime(ctx, written, m.index);
        if (!written.dayRaw && !ctx.sentenceDay && part === 'NI' && ctx.tense(m.index) !== 'future') [day, dayHow] = [addDays(ref, -1), `the night before ${ctx.refLabel}`];
        if (!day) return unresolved('TIME', `XXXX-XX-XXT${part}`, m[0]);
        return { type: 'TIME', value: `${isoDate(day)}T${part}`, relative: true, explanation: `'${m[0]}' is part of ${dateInWords(day)} (${dayHow}).` };
      }),
    );
  },
);

// "midweek", "in midweek": the middle of the current week (of the next one in the future once it has passed).
rule('midweek', `${B}[Mm]id-?week${E}(?![-‐‑]|\\s(?:[a-z]{3,}(?:s|es)?\\b)(?<!\\s(?:when|and|but|after|before|as|with|to|for|in|at|on|against)))`, (m, text) => {
  if (DETERMINERS.has(wordBefore(text, m.index))) return null;
  return cand(m, 'relative week', (ctx) =>
    refOr(ctx, m[0], 'XXXX-WXX', 'DATE', (ref) => {
      const wd = weekday(ref);
      const tense = ctx.tense(m.index);
      const shift = tense === 'future' && wd > 2 ? 7 : tense === 'past' && wd < 2 ? -7 : 0;
      return { type: 'DATE', value: isoWeekValue(addDays(ref, shift)), relative: true, explanation: `'${m[0]}', the middle of the ${shift < 0 ? 'previous' : shift > 0 ? 'next' : 'current'} week relative to ${ctx.refLabel}.` };
    }),
  );
});

// "the Christmas period", "the festive season", "the Christmas holidays": the end of a year, as precise as its month.
rule('festive season', `${B}(?:[Tt]he${S})?(?:Christmas|[Ff]estive|Xmas)${S}(?:holiday${S})?(?:period|season|holidays?|break)${E}`, (m) =>
  cand(m, 'holiday', (ctx) =>
    refOr(ctx, m[0], 'XXXX-12', 'DATE', (ref) => {
      const y = resolveYear(ref, 12, 25, ctx.tense(m.index));
      return { type: 'DATE', value: `${y}-12`, relative: true, explanation: `'${m[0]}', the Christmas season of ${y}, dated by its December (${tenseWords(ctx.tense(m.index))}).` };
    }),
  ),
);

// "this time last year": the same time of year a year back, as precise as a month.
rule('this time last year', `${B}[Tt]his${S}time${S}(last|next)${S}(year|month|week)${E}`, (m) => {
  const [whole, which, unit] = m;
  const n = which.toLowerCase() === 'last' ? -1 : 1;
  return cand(m, 'relative unit', (ctx) =>
    refOr(ctx, whole, unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX', 'DATE', (ref) => {
      const shifted = unit === 'year' ? shiftGranular(ref, 'month', 12 * n)! : shiftGranular(ref, unit, n)!;
      return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${whole}' is the same time a ${unit} ${n < 0 ? 'before' : 'after'} ${ctx.refLabel}.` };
    }),
  );
});

// Anchored units: "that year", "later that year", "earlier that month": the year or month last mentioned.
rule('that unit', `${B}(?:(${alt(['earlier', 'later', 'early', 'late', 'earlier in', 'later in', 'early in', 'late in'])})${S})?(?:that|the same)${S}(year|month)${E}`, (m, text) => {
  const unit = m[2].toLowerCase();
  if (/^\s?(?:'s|’s|-|of|when|that)\b/.test(textAfter(text, m.index + m[0].length, 8)) && !m[1]) return null;
  return cand(m, 'anchored unit', (ctx) => {
    const base = anchorFor(ctx, unit);
    if (!base) return null;
    const shifted = shiftGranular(base, unit, 0);
    if (!shifted) return null;
    return { type: 'DATE', value: shifted.value, relative: true, explanation: `'${m[0]}': the ${unit} of ${ctx.anchorValue}, the date last mentioned.` };
  });
});

// "earlier in the week", "later in the month": the current week or month, as "earlier this week" is.
rule('in the unit', `${B}([Ee]arlier|[Ll]ater)${S}in${S}the${S}(week|month)${E}(?!\\s?(?:of|before|after|that|when)\\b)`, (m) => {
  const unit = m[2].toLowerCase();
  return cand(m, 'relative unit', (ctx) =>
    refOr(ctx, m[0], unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX', 'DATE', (ref) => ({ type: 'DATE', value: unit === 'week' ? isoWeekValue(ref) : `${pad(ref.y, 4)}-${pad(ref.m)}`, relative: true, explanation: `'${m[0]}', the ${unit} of ${ctx.refLabel}.` })),
  );
});

const NAMED_DAY_AFTER = new RegExp(`^\\s{1,3}(?:(last|next|this)\\s{1,3})?(${WEEKDAY}|yesterday|today|tomorrow|${HOLIDAY_NAMES})(?![\\p{L}\\p{N}_])`, 'iu');
// Anchored days: "the next day", "the previous day", "the day before", "that day".
rule('anchored day', `${B}(${alt(['the next day', 'the following day', 'the previous day', 'the day before', 'the day after', 'the same day', 'that day', 'the next morning', 'the following morning', 'the previous night', 'the night before'])})${E}`, (m, text) => {
  const phrase = m[1].toLowerCase();
  if (/^\s?(?:that|when|of|in)\b/.test(textAfter(text, m.index + m[0].length, 8))) return null;
  // "the day after his death": "after" begins a phrase of its own, so only "the day" is the expression (still
  // counted from the date last mentioned, which is usually the event that phrase names).
  // "on the same day as those for MPs" is counted from an event too.
  const governs = (/(?:before|after)$/.test(phrase) && /^\s\p{L}/u.test(textAfter(text, m.index + m[0].length, 3))) || (phrase === 'the same day' && /^\sas\s/.test(textAfter(text, m.index + m[0].length, 4)));
  // "Oct. 12, the day before the crash": in apposition to a date, "the day" is that date, renamed by its event.
  const apposed = governs && /(?:\d|day|morning|afternoon|evening|night)\.?,\s{1,2}$/.test(text.slice(Math.max(0, m.index - 10), m.index));
  const shift = apposed ? 0 : /next|following|after|later/.test(phrase) ? 1 : /previous|before|earlier/.test(phrase) ? -1 : 0;
  const part = /morning/.test(phrase) ? 'MO' : /night/.test(phrase) ? 'NI' : null;
  // "the day before last Tuesday's hearing", "the day after Christmas" is not handled here, but a weekday or a
  // deictic day is: the expression is the whole phrase, counted from that day rather than from the last date named.
  const named = governs && /day (?:before|after)$/.test(phrase) ? NAMED_DAY_AFTER.exec(textAfter(text, m.index + m[0].length, 24)) : null;
  if (named) {
    const mod = (named[1] ?? '').toLowerCase() as '' | 'last' | 'next' | 'this';
    const wordRaw = named[2];
    const end = m.index + m[0].length + named[0].length;
    return {
      start: m.index,
      end,
      rule: 'anchored day',
      resolve: (ctx) =>
        refOr(ctx, text.slice(m.index, end), 'XXXX-XX-XX', 'DATE', (ref) => {
          const lower = wordRaw.toLowerCase();
          let base: Ymd;
          const holiday = HOLIDAYS[lower.replace(/’/g, "'")];
          if (Object.hasOwn(WEEKDAYS, lower)) {
            const tense = ctx.tense(m.index);
            base = weekdayFrom(ref, WEEKDAYS[lower], mod || (tense === 'future' ? 'future' : 'past'));
          } else if (holiday) base = holidayNear(holiday, ref, mod, ctx.tense(m.index));
          else base = addDays(ref, lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0);
          return dayResolution(addDays(base, shift), true, `'${text.slice(m.index, end)}', one day ${shift < 0 ? 'before' : 'after'} ${isoDate(base)} (${text.slice(m.index + m[0].length, end).trim()} relative to ${ctx.refLabel}).`);
        }),
    };
  }
  return cand(m, 'anchored day', (ctx) =>
    refOr(ctx, m[0], 'XXXX-XX-XX', part ? 'TIME' : 'DATE', (ref) => {
      // "the day after polling", "the day after completing her double in Athens": with no date named before, the event
      // it is counted from is not dated, and the publication date is no stand-in for it.
      // Nor is a date named more than four sentences back (likely another event's), or one itself counted from
      // another event ("The day before the vote" after "The day after polls closed").
      if (governs && (!ctx.anchor || (!apposed && !ctx.anchorNear))) return { type: 'DATE', value: 'XXXX-XX-XX', relative: true, explanation: `'${m[0]}', counted from an event that the text does not date nearby.` };
      const base = ctx.anchor ?? ref;
      const why = apposed && ctx.anchor ? `the date it stands beside, ${isoDate(base)}` : `counted from ${ctx.anchor ? isoDate(base) + ', the date last mentioned' : ctx.refLabel}`;
      const r = dayResolution(addDays(base, shift), true, `'${m[0]}', ${why}.`, part ? 'TIME' : 'DATE');
      if (part) r.value += `T${part}`;
      if (governs && !apposed) r.fromEvent = true;
      return r;
    }),
    0,
    governs && /(?:before|after)$/.test(phrase) ? m[0].length - m[0].lastIndexOf(' ') : 0,
  );
});

// "Easter week", "Holy Week": the week that ends on Easter Sunday, as an ISO week (the one that holds Easter Sunday).
rule('holiday week', `${B}(Easter|Holy)${S}[Ww]eek${E}`, (m, text) => {
  if (m[1] === 'Holy' && !/^[A-Z]/.test(m[0].slice(-4))) return null;
  const yAfter = /^,?\s{1,3}(\d{4})(?!\d)/.exec(textAfter(text, m.index + m[0].length, 8));
  return cand(m, 'holiday week', (ctx) => {
    if (!ctx.ref && !yAfter) return unresolved('DATE', 'XXXX-WXX', m[0]);
    let y = yAfter ? +yAfter[1] : ctx.ref!.y;
    if (!yAfter) {
      // As for a holiday: the Easter nearest the publication date in the direction of the tense.
      const ref = ctx.ref!;
      const tense = ctx.tense(m.index);
      const gap = diffDays(easter(y), ref);
      // The week runs from six days before Easter Sunday to the Sunday itself.
      if (tense === 'future' && gap < 0) y++;
      else if (tense === 'past' && gap > 6) y--;
      else if (!tense && gap < -183) y++;
      else if (!tense && gap > 183) y--;
    }
    const sunday = easter(y);
    return { type: 'DATE', value: isoWeekValue(sunday), relative: !yAfter, explanation: `'${m[0]}', the week of Easter Sunday, ${dateInWords(sunday)}.` };
  });
});

// "4 in the morning", "ten in the evening", "11 at night": an hour named by the part of the day it falls in.
const DAY_IN_CONVERSION = new RegExp(`^\\s{0,2}\\([^()\\n]{0,30}?(${WEEKDAY}|today|tonight|tomorrow|yesterday)\\s{0,2}\\)`);
rule(
  'hour of a part of day',
  `${B}(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.](\\d{2}))?(?:\\s?o['’]clock)?${S}(in${S}the${S}(morning|afternoon|evening)|at${S}night)${E}`,
  (m, text) => {
    const hour12 = countValue(m[1]) ?? 0;
    if (hour12 < 1 || hour12 > 12) return null;
    // "2 in the morning" of a count ("killed 2 in the morning raid") is not a time: the phrase must end there.
    if (/^\s?\p{Ll}/u.test(textAfter(text, m.index + m[0].length, 3)) && !/^\s(?:and|or|on|of|when|as|to|before|after|local|until)\b/.test(textAfter(text, m.index + m[0].length, 8))) return null;
    if (!/^\d/.test(m[1]) && !/\b(?:at|about|around|until|till|by|from|before|after|since|to)\s{1,3}$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const part = (m[4] ?? 'night').toLowerCase();
    let hour = hour12;
    if (part === 'morning') hour = hour12 === 12 ? 0 : hour12;
    else if (part === 'night') hour = hour12 === 12 ? 0 : hour12 >= 6 ? hour12 + 12 : hour12;
    else hour = hour12 === 12 ? 12 : hour12 + 12;
    const inParens = DAY_IN_CONVERSION.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 48));
    const dayRaw = inParens ? inParens[1] : dayAfterConversion(text, m.index + m[0].length, false);
    return timeCandidate(m, text, { hour, minute: m[2] ? +m[2] : 0, zone: null, dayRaw }, 'clock time');
  },
);

// "post-1959 politics", "pre-1914 Europe": the year, used as an adjective.
rule('prefixed year', `${B}(?:[Pp]ost|[Pp]re)-(1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}_]|-\\d)`, (m) =>
  cand(m, 'year', () => ({ type: 'DATE', value: m[1], relative: false, explanation: `'${m[0]}' names the year ${m[1]}.` })),
);

export { DASH };
