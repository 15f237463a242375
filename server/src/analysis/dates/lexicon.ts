// Words that make up date expressions, as regular-expression sources and lookup tables.
// Every source here is a plain alternation of literals or a bounded repetition, so the patterns built from them
// cannot backtrack catastrophically.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month name or abbreviation ("Jul." / "Jul"), not the start of a longer word. */
export const MONTH = `(?:(?:${MONTH_FULL})(?![a-z])|(?:${MONTH_ABBR})(?:\\.|(?![a-z])))`;
export const MONTH_FULL_ONLY = `(?:${MONTH_FULL})(?![a-z])`;

export const WEEKDAYS: Record<string, number> = {
  monday: 0, mon: 0, tuesday: 1, tue: 1, tues: 1, wednesday: 2, wed: 2, thursday: 3, thu: 3, thur: 3, thurs: 3,
  friday: 4, fri: 4, saturday: 5, sat: 5, sunday: 6, sun: 6,
};
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAY_ABBR = '(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)';

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export const NUMBER_WORD = `(?:(?:${byLength(Object.keys(TENS))})(?:[- ](?:${byLength(Object.keys(SMALL).slice(0, 9))}))?|${byLength(Object.keys(SMALL))}|a hundred|one hundred)`;
/** A count: digits, a number word, or a vague quantity ("several", "a few"). */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3}){0,3}(?:\\.\\d{1,2})?|${NUMBER_WORD}|a couple of|a couple|couple of|a few|a dozen|several|few|many|dozens of|hundreds of|a|an)`;

/** The number a count stands for; null for a vague one ("several"). */
export function countValue(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a couple of' || s === 'a couple' || s === 'couple of') return 2;
  if (s === 'a dozen') return 12;
  if (s === 'a hundred' || s === 'one hundred') return 100;
  if (Object.hasOwn(SMALL, s)) return SMALL[s];
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(s);
  if (m && Object.hasOwn(TENS, m[1])) return TENS[m[1]] + (m[2] ? SMALL[m[2]] ?? 0 : 0);
  return null;
}

export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))';

/** Normalised unit: the singular noun. */
export function unitOf(raw: string): string {
  const s = raw.toLowerCase();
  if (s.startsWith('centur')) return 'century';
  if (s.startsWith('millenni')) return 'millennium';
  return s.replace(/s$/, '');
}

/** TimeML duration value: P2W, PT3H, PXY. */
export function durationValue(n: number | null, unit: string): string {
  const scaled = (k: number) => (n === null ? null : Math.round(n * k * 100) / 100);
  switch (unit) {
    case 'second':
      return `PT${n ?? 'X'}S`;
    case 'minute':
      return `PT${n ?? 'X'}M`;
    case 'hour':
      return `PT${n ?? 'X'}H`;
    case 'day':
      return `P${n ?? 'X'}D`;
    case 'week':
      return `P${n ?? 'X'}W`;
    case 'fortnight':
      return `P${scaled(2) ?? 'X'}W`;
    case 'month':
      return `P${n ?? 'X'}M`;
    case 'quarter':
      return `P${n ?? 'X'}Q`;
    case 'year':
      return `P${n ?? 'X'}Y`;
    case 'decade':
      return n === null ? 'PXE' : `P${scaled(10)}Y`;
    case 'century':
      return n === null ? 'PXC' : `P${scaled(100)}Y`;
    case 'millennium':
      return n === null ? 'PXL' : `P${scaled(1000)}Y`;
    default:
      return 'PX';
  }
}

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * Time zone abbreviations and names, longest first so that "CEST" wins over "CET". An offset takes a space on one side
 * of its sign at most: "2200 GMT - 0200 GMT" is a range. "9 a.m. Pacific" is Pacific time before a lower-case word, a
 * weekday, a bracket or punctuation (not "noon Central Park").
 */
export const ZONE =
  '(?:(?:GMT|UTC)(?:(?:[+\\-−]\\s?|\\s[+\\-−])\\d{1,2}(?::?\\d{2})?)?(?![A-Za-z])|(?:CEST|AEST|AEDT|EEST|WEST|SAST|CET|EET|WET|BST|MSK|IST|JST|KST|HKT|SGT|EAT|CAT|WAT|PKT|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|CT|MT|PT)(?![A-Za-z])|(?:UK|London|Paris|Berlin|Brussels|Moscow|Beijing|New York|Washington) time|(?:Eastern|Central|Mountain|Pacific) [Tt]ime|(?:Eastern|Central|Mountain|Pacific)(?=[,.;:)!?]|$|\\s(?:[a-z(]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|local time)';
