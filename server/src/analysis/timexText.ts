// TIMEX3 values in words, for hovers and annotations: "2025-07-03" -> "Thursday 3 July 2025".
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], H: ['hour', 'hours'],
  MIN: ['minute', 'minutes'], S: ['second', 'seconds'], DE: ['decade', 'decades'], CE: ['century', 'centuries'],
  Q: ['quarter', 'quarters'], WE: ['weekend', 'weekends'],
};
const REFS: Record<string, string> = { PAST_REF: 'the past (unspecified)', PRESENT_REF: 'the present', FUTURE_REF: 'the future (unspecified)' };

export function weekdayName(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export function describeTimex(value: string, type?: string): string {
  if (type === 'SET') {
    const weekly = /^XXXX-WXX-(\d)$/.exec(value);
    return weekly ? `every ${WEEKDAYS[+weekly[1] % 7]}` : `repeating: ${value}`;
  }
  if (!value || value.startsWith('XXXX')) return 'unresolved: the article has no publication date';
  if (Object.hasOwn(REFS, value)) return REFS[value];
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?/.exec(value))) {
    const day = `${weekdayName(`${m[1]}-${m[2]}-${m[3]}`)} ${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
    return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${+m[2]} of ${m[1]} (${isoWeekRange(+m[1], +m[2])})`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `quarter ${m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^FY(\d{4})$/.exec(value))) return `fiscal year ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return `the year ${m[1]}`;
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `the ${m[1]}00s`;
  if ((m = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE|Q|WE)$/.exec(value))) {
    const unit = m[1] === 'T' && m[3] === 'M' ? 'MIN' : m[3];
    const [one, many] = UNITS[unit] ?? [m[3], m[3]];
    if (m[2] === 'X') return `some ${many} (length unspecified)`;
    return `${m[2]} ${m[2] === '1' ? one : many}`;
  }
  return value;
}

function isoWeekRange(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  const fmt = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()].slice(0, 3)}`;
  return `${fmt(monday)} – ${fmt(sunday)}`;
}

const SEASON_START: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/** A key that sorts TIMEX3 values by the time they start: weeks by their Monday, seasons and quarters by their
 * first month. Values that are not points in time (durations, references, unresolved) sort last. */
export function timexSortKey(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
    return monday.toISOString().slice(0, 10);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)/.exec(value))) return `${m[1]}-${SEASON_START[m[2]]}`;
  if ((m = /^(\d{4})-Q([1-4])/.exec(value))) return `${m[1]}-${String(3 * +m[2] - 2).padStart(2, '0')}`;
  if ((m = /^(\d{4})-H([12])/.exec(value))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}`;
  if (/^\d{2,4}/.test(value)) return value;
  return `~${value}`;
}

export function compareTimex(a: string, b: string): number {
  const [x, y] = [timexSortKey(a), timexSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
