// Calendar arithmetic on plain (year, month, day) triples: no Date objects leak out, no clock, no time zone of the host.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** ISO order: index 0 is Monday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function parseIso(value: string | null): Ymd | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidYmd(ymd) ? ymd : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toDays({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

function fromDays(days: number): Ymd {
  const date = new Date(days * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

export function diffDays(a: Ymd, b: Ymd): number {
  return toDays(a) - toDays(b);
}

export function addMonths({ y, m }: { y: number; m: number }, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

/** 0 = Monday ... 6 = Sunday. */
export function weekday(date: Ymd): number {
  return (new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay() + 6) % 7;
}

export function isoWeek(date: Ymd): { y: number; w: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(date, 3 - weekday(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function isoDate(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function isoWeekValue(date: Ymd): string {
  const { y, w } = isoWeek(date);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function quarterOf(date: Ymd): number {
  return Math.floor((date.m - 1) / 3) + 1;
}

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (wd - weekday(first) + 7) % 7;
    return { y, m, d: 1 + offset + (n - 1) * 7 };
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return { y, m, d: last.d - ((weekday(last) - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** "Thursday 3 July 2025". */
export function dateInWords(date: Ymd): string {
  return `${WEEKDAY_NAMES[weekday(date)]} ${date.d} ${MONTH_NAMES[date.m - 1]} ${date.y}`;
}

// Time zones as newsrooms write them. Fixed offsets in minutes; the generic US and European names follow daylight
// saving time, which is why "10 am ET" is 1400 GMT in July and 1500 GMT in January.
export type ZoneRule = { kind: 'fixed'; offset: number } | { kind: 'us'; standard: number } | { kind: 'eu'; standard: number };

export const ZONES: Record<string, ZoneRule> = {
  GMT: { kind: 'fixed', offset: 0 },
  UTC: { kind: 'fixed', offset: 0 },
  Z: { kind: 'fixed', offset: 0 },
  EST: { kind: 'fixed', offset: -300 },
  EDT: { kind: 'fixed', offset: -240 },
  CST: { kind: 'fixed', offset: -360 },
  CDT: { kind: 'fixed', offset: -300 },
  MST: { kind: 'fixed', offset: -420 },
  MDT: { kind: 'fixed', offset: -360 },
  PST: { kind: 'fixed', offset: -480 },
  PDT: { kind: 'fixed', offset: -420 },
  ET: { kind: 'us', standard: -300 },
  CT: { kind: 'us', standard: -360 },
  MT: { kind: 'us', standard: -420 },
  PT: { kind: 'us', standard: -480 },
  CET: { kind: 'fixed', offset: 60 },
  CEST: { kind: 'fixed', offset: 120 },
  BST: { kind: 'fixed', offset: 60 },
  WET: { kind: 'fixed', offset: 0 },
  WEST: { kind: 'fixed', offset: 60 },
  EET: { kind: 'fixed', offset: 120 },
  EEST: { kind: 'fixed', offset: 180 },
  MSK: { kind: 'fixed', offset: 180 },
  IST: { kind: 'fixed', offset: 330 },
  JST: { kind: 'fixed', offset: 540 },
  KST: { kind: 'fixed', offset: 540 },
  HKT: { kind: 'fixed', offset: 480 },
  SGT: { kind: 'fixed', offset: 480 },
  AEST: { kind: 'fixed', offset: 600 },
  AEDT: { kind: 'fixed', offset: 660 },
  EAT: { kind: 'fixed', offset: 180 },
  CAT: { kind: 'fixed', offset: 120 },
  SAST: { kind: 'fixed', offset: 120 },
  WAT: { kind: 'fixed', offset: 60 },
  PKT: { kind: 'fixed', offset: 300 },
  'Beijing time': { kind: 'fixed', offset: 480 },
  'UK time': { kind: 'eu', standard: 0 },
  'London time': { kind: 'eu', standard: 0 },
  'Paris time': { kind: 'eu', standard: 60 },
  'Berlin time': { kind: 'eu', standard: 60 },
  'Brussels time': { kind: 'eu', standard: 60 },
  'Moscow time': { kind: 'fixed', offset: 180 },
  'New York time': { kind: 'us', standard: -300 },
  'Washington time': { kind: 'us', standard: -300 },
  'Eastern time': { kind: 'us', standard: -300 },
  'Central time': { kind: 'us', standard: -360 },
  'Mountain time': { kind: 'us', standard: -420 },
  'Pacific time': { kind: 'us', standard: -480 },
};

export function inUsDaylightTime(date: Ymd): boolean {
  // Since 2007: second Sunday of March to first Sunday of November; 1987-2006: first Sunday of April to last of October.
  const [start, end] =
    date.y >= 2007
      ? [nthWeekday(date.y, 3, 6, 2), nthWeekday(date.y, 11, 6, 1)]
      : [nthWeekday(date.y, 4, 6, 1), nthWeekday(date.y, 10, 6, -1)];
  return diffDays(date, start) >= 0 && diffDays(date, end) < 0;
}

export function inEuSummerTime(date: Ymd): boolean {
  // Last Sunday of March to last Sunday of October (the EU rule since 1996).
  return diffDays(date, nthWeekday(date.y, 3, 6, -1)) >= 0 && diffDays(date, nthWeekday(date.y, 10, 6, -1)) < 0;
}

/** UTC offset in minutes of a zone on a date; null for an unknown zone. */
export function zoneOffset(zone: string, date: Ymd | null): number | null {
  const rule = ZONES[zone] ?? parseNumericZone(zone);
  if (!rule) return null;
  if (rule.kind === 'fixed') return rule.offset;
  if (!date) return null;
  if (rule.kind === 'us') return rule.standard + (inUsDaylightTime(date) ? 60 : 0);
  return rule.standard + (inEuSummerTime(date) ? 60 : 0);
}

function parseNumericZone(zone: string): ZoneRule | null {
  const m = /^(?:GMT|UTC)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return null;
  const minutes = +m[2] * 60 + (m[3] ? +m[3] : 0);
  if (minutes > 14 * 60) return null;
  return { kind: 'fixed', offset: m[1] === '+' ? minutes : -minutes };
}

/** "-04:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "UTC−4", "UTC+5:30". */
export function offsetInWords(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? ':' + pad(abs % 60) : ''}`;
}
