// What a recognised expression resolves to, and the context that resolution needs (reference date, tense, anchors).
import type { Fix, Severity, TimexType } from '../types';
import {
  addDays,
  addMonths,
  dateInWords,
  daysInMonth,
  diffDays,
  isoDate,
  isoWeekValue,
  MONTH_NAMES,
  pad,
  quarterOf,
  weekday,
  WEEKDAY_NAMES,
  type Ymd,
} from './calendar';

export type Tense = 'past' | 'future' | null;

export interface TimeInfo {
  day: Ymd | null;
  hour: number;
  minute: number;
  zone: string | null;
  /** Minutes east of UTC, when the zone is known. */
  offset: number | null;
}

export interface Issue {
  code: string;
  severity: Severity;
  message: string;
  fixes?: Fix[];
}

export interface Resolution {
  type: TimexType;
  value: string;
  relative: boolean;
  explanation: string;
  /** The calendar day, when the value is day-precise (anchors later "the next day"). */
  day?: Ymd;
  quarter?: { y: number; q: number };
  /** Counted from an event that the sentence names ("the day after polls closed"). */
  fromEvent?: boolean;
  time?: TimeInfo;
  issues?: Issue[];
}

export interface ResolveContext {
  text: string;
  ref: Ymd | null;
  /** "the publication date 2025-07-03 from the front matter". */
  refLabel: string;
  numericOrder: 'month-first' | 'day-first';
  tense(at: number): Tense;
  /** The text of the sentence at this point with the sentence on either side. */
  sentencesAround(at: number): string;
  /** The last day-precise date before this point in the article. */
  anchor: Ymd | null;
  /** Whether that date is named in this sentence or one of the four before, and not itself counted from an event. */
  anchorNear: boolean;
  /** The last day-precise date earlier in the same sentence, or in the sentence before it in the same paragraph. */
  sentenceDay: { day: Ymd; how: string } | null;
  /** The value of the last calendar date mentioned (a year, month or day: "1987", "1987-06", "1987-06-03"). */
  anchorValue: string | null;
  /** The last quarter mentioned before this point ("a year earlier" then means that quarter a year before). */
  lastQuarter: { y: number; q: number } | null;
}

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  resolve(ctx: ResolveContext): Resolution | null;
}

export function unresolved(type: TimexType, value: string, what: string): Resolution {
  return {
    type,
    value,
    relative: true,
    explanation: `'${what}' depends on the publication date, which this article does not give, so it stays unresolved (${value}).`,
  };
}

export function dayResolution(day: Ymd, relative: boolean, explanation: string, type: TimexType = 'DATE'): Resolution {
  return { type, value: isoDate(day), relative, explanation, day };
}

/** The year that puts month-day nearest in the direction of the tense. */
export function resolveYear(ref: Ymd, m: number, d: number, tense: Tense): number {
  const y = nearestYear(ref, m, d, tense);
  if (m !== 2 || d !== 29 || daysInMonth(y, 2) === 29) return y;
  // "born on Feb. 29": a leap day without a year is in the nearest leap year in the direction of the tense.
  let back = y;
  while (daysInMonth(back, 2) !== 29) back--;
  let ahead = y;
  while (daysInMonth(ahead, 2) !== 29) ahead++;
  if (tense === 'past') return back;
  if (tense === 'future') return ahead;
  return ref.y - back <= ahead - ref.y ? back : ahead;
}

function nearestYear(ref: Ymd, m: number, d: number, tense: Tense): number {
  const here = { y: ref.y, m, d: Math.min(d, 28) };
  const delta = diffDays(here, ref);
  // A past-tense clause can still name a date a little ahead ("was extended to Nov. 16"): only a date well ahead
  // flips the year; a date earlier in the year stays in it ("the year ended March 31", said in November).
  if (tense === 'past') return delta > 90 ? ref.y - 1 : ref.y;
  if (tense === 'future') return delta < -90 ? ref.y + 1 : ref.y;
  if (delta > 183) return ref.y - 1;
  if (delta < -183) return ref.y + 1;
  return ref.y;
}

/**
 * The month of the year nearest the reference in the direction of the tense ("in January"). A past clause can
 * still name the next month ("informed suppliers of a cut in September", said in August).
 */
export function resolveMonthYear(ref: Ymd, m: number, tense: Tense): number {
  if (tense === 'past') return m - ref.m > 1 ? ref.y - 1 : ref.y;
  if (tense === 'future') return m >= ref.m ? ref.y : ref.y + 1;
  // No tense: the nearest one, as for a day of the month ("worth $130 million in October", said in January).
  if (m - ref.m > 6) return ref.y - 1;
  if (ref.m - m > 6) return ref.y + 1;
  return ref.y;
}

/** The date last mentioned, as precise as `unit` needs ("the following month" needs a month); null if it is not. */
export function anchorFor(ctx: ResolveContext, unit: string): Ymd | null {
  const m = ctx.anchorValue ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ctx.anchorValue) : null;
  if (!m) return null;
  const need = unit === 'year' || unit === 'decade' || unit === 'century' ? 1 : unit === 'month' || unit === 'quarter' ? 2 : 3;
  const have = m[3] ? 3 : m[2] ? 2 : 1;
  if (have < need) return null;
  return { y: +m[1], m: m[2] ? +m[2] : 7, d: m[3] ? +m[3] : 1 };
}

export function weekdayFrom(ref: Ymd, wd: number, direction: 'past' | 'future' | 'last' | 'next' | 'this'): Ymd {
  const delta = wd - weekday(ref);
  switch (direction) {
    case 'past':
      return addDays(ref, delta <= 0 ? delta : delta - 7);
    case 'future':
      return addDays(ref, delta >= 0 ? delta : delta + 7);
    case 'last':
      return addDays(ref, delta < 0 ? delta : delta - 7);
    case 'next':
      return addDays(ref, delta > 0 ? delta : delta + 7);
    case 'this':
      return addDays(ref, delta);
  }
}

export function tenseWords(tense: Tense): string {
  if (tense === 'past') return 'past tense: the nearest one on or before';
  if (tense === 'future') return 'future tense: the nearest one on or after';
  return 'no tense cue: the nearest one';
}

export function shiftGranular(ref: Ymd, unit: string, n: number): { value: string; day?: Ymd } | null {
  if (!Number.isInteger(n)) return null;
  switch (unit) {
    case 'day': {
      const day = addDays(ref, n);
      return { value: isoDate(day), day };
    }
    case 'week':
      return { value: isoWeekValue(addDays(ref, 7 * n)) };
    case 'fortnight':
      return { value: isoWeekValue(addDays(ref, 14 * n)) };
    case 'month': {
      const { y, m } = addMonths(ref, n);
      return { value: `${pad(y, 4)}-${pad(m)}` };
    }
    case 'quarter': {
      const { y, m } = addMonths(ref, 3 * n);
      return { value: `${pad(y, 4)}-Q${quarterOf({ y, m, d: 1 })}` };
    }
    case 'year':
      return { value: pad(ref.y + n, 4) };
    case 'decade':
      return { value: pad(Math.floor((ref.y + 10 * n) / 10), 3) };
    case 'century':
      return { value: pad(Math.floor((ref.y + 100 * n) / 100), 2) };
    default:
      return null;
  }
}

// Values recur (every mention of a year, a weekday): each is put into words once.
const DESCRIBED_CACHE_SIZE = 10_000;
const described = new Map<string, string>();

/** A TIMEX3 value in words: "2025-07-03" -> "Thursday 3 July 2025". */
export function describeValue(value: string): string {
  let words = described.get(value);
  if (words === undefined) {
    if (described.size >= DESCRIBED_CACHE_SIZE) described.clear();
    words = describe(value);
    described.set(value, words);
  }
  return words;
}

function describe(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (m) {
    const day = { y: +m[1], m: +m[2], d: +m[3] };
    if (day.m < 1 || day.m > 12 || day.d < 1) return 'not a real date';
    return dateInWords(day) + (m[4] ? ` at ${m[4]}:${m[5]}` : '');
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/.exec(value);
  if (m) return `${dateInWords({ y: +m[1], m: +m[2], d: +m[3] })}, ${{ MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' }[m[4]]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${MONTH_NAMES[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return m[3] ? `the weekend of week ${+m[2]} of ${m[1]}` : `week ${+m[2]} of ${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return `quarter ${m[2]} of ${m[1]}`;
  m = /^(\d{4})-H(\d)$/.exec(value);
  if (m) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${{ SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[m[2]]} ${m[1]}`;
  if (/^\d{4}$/.test(value)) return `the year ${value}`;
  if (/^\d{3}X?$/.test(value)) return `the ${value.slice(0, 3)}0s`;
  if (/^\d{2}$/.test(value)) return `the ${+value + 1}th century`;
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  m = /^P(T?)([\dX.]+)([A-Z])$/.exec(value);
  if (m) {
    const units: Record<string, string> = m[1]
      ? { H: 'hour', M: 'minute', S: 'second' }
      : { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', E: 'decade', C: 'century', L: 'millennium' };
    const unit = units[m[3]] ?? m[3];
    return m[2] === 'X' ? `some ${unit}s` : `${m[2]} ${unit}${m[2] === '1' ? '' : 's'}`;
  }
  m = /^XXXX-WXX-(\d)$/.exec(value);
  if (m) return `a ${WEEKDAY_NAMES[+m[1] - 1]}`;
  return value;
}
