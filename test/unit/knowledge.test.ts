// Integrity of the knowledge base in server/data/ (countries.json, leaders.json).
// Run: node --import tsx --test test/unit/knowledge.test.ts
//
// Rules checked here (and documented for editors of the base):
// - both files parse and carry the same status date;
// - people: unique slug ids, a name, a surname, at least one term; no duplicate aliases within a person;
// - terms: known role, known country/organisation code, dates YYYY[-MM[-DD]], start <= end, start <= status date;
//   partial dates are compared leniently: a check fails only if it fails for every day the partial date may mean;
// - no two terms of the same office (country + office name) overlap in time, across all people, except for
//   collective offices (role `collective_head_of_state`, e.g. the Presidency of Bosnia and Herzegovina,
//   the Captains Regent of San Marino, the co-princes of Andorra);
// - every UN member state (193) has, on the status date, a head of state (role head_of_state, monarch or
//   collective_head_of_state) and a head of government (role head_of_government). Rule for systems where the
//   head of state also heads the government (US-style presidential systems, absolute monarchies that have
//   no separate prime minister are given a head_of_government term instead): such a country is listed in
//   HOS_IS_HOG below; it needs only the head-of-state term and must NOT have a head_of_government in office
//   (a prime minister there who is not the constitutional head of government has role `prime_minister`);
// - names and multi-word aliases must not be shared by two people whose terms overlap in time (that would be
//   ambiguous for the recognizer); shared one-word surnames/aliases are only reported (t.diagnostic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { KbCountry, KbPerson, KbTerm } from '../../server/src/analysis/knowledge';

const dataDir = new URL('../../server/data/', import.meta.url);
const load = (f: string): any => JSON.parse(readFileSync(new URL(f, dataDir), 'utf8'));

export const UN_MEMBERS = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM ' +
  'CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS ' +
  'IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD ' +
  'MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN ' +
  'RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN ' +
  'YE ZM ZW'
).split(' ');

/** UN members whose head of state is also the head of government on the status date (see the rules above). */
export const HOS_IS_HOG = new Set(
  (
    // Americas: presidential republics
    'US MX GT HN SV NI CR PA CO VE EC PE BR BO PY UY AR CL GY SR DO ' +
    // Africa: the president heads the government under the constitution
    'NG GH LR SL GM BJ KE UG TZ ZM MW ZW MZ AO NA BW ZA SS SC KM DJ ER GA ' +
    // Asia, Europe and the Pacific
    'ID PH KR TR CY MV LK SY TM TJ KG PW FM MH KI NR CH'
  ).split(' '),
);

const HOS_ROLES = new Set(['head_of_state', 'monarch', 'collective_head_of_state']);
const ROLES = new Set([
  'head_of_state', 'head_of_government', 'monarch', 'pope', 'collective_head_of_state', 'governor_general',
  'vice_head_of_state', 'prime_minister', 'crown_prince', 'foreign_minister', 'defence_minister', 'org_leader',
]);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Earliest and latest day a partial date can mean (as comparable strings). */
export const earliest = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
export const latest = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const FOREVER = '9999-12-31';

/** Certainly in office on `day`: started by then for every reading of start, not ended for any reading of end. */
export function inOffice(t: Pick<KbTerm, 'start' | 'end'>, day: string): boolean {
  return latest(t.start) <= day && (t.end === null || earliest(t.end) > day);
}
/** Two terms certainly overlap (a handover on the same day is not an overlap). */
export function overlap(a: Pick<KbTerm, 'start' | 'end'>, b: Pick<KbTerm, 'start' | 'end'>): boolean {
  const aEnd = a.end === null ? FOREVER : earliest(a.end);
  const bEnd = b.end === null ? FOREVER : earliest(b.end);
  return latest(a.start) < bEnd && latest(b.start) < aEnd;
}
/** Terms that may overlap in time at all (used for alias ambiguity). */
function mayOverlap(a: KbTerm, b: KbTerm): boolean {
  const aEnd = a.end === null ? FOREVER : latest(a.end);
  const bEnd = b.end === null ? FOREVER : latest(b.end);
  return earliest(a.start) <= bEnd && earliest(b.start) <= aEnd;
}

/** Overlapping terms of the same office, as messages. */
export function officeOverlaps(people: KbPerson[]): string[] {
  const byOffice = new Map<string, { who: string; t: KbTerm }[]>();
  for (const p of people)
    for (const t of p.terms) {
      if (t.role === 'collective_head_of_state') continue;
      const k = `${t.country}|${t.office}`;
      if (!byOffice.has(k)) byOffice.set(k, []);
      byOffice.get(k)!.push({ who: p.id, t });
    }
  const out: string[] = [];
  for (const [k, list] of byOffice)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (overlap(list[i].t, list[j].t))
          out.push(`${k}: ${list[i].who} ${list[i].t.start}..${list[i].t.end} / ${list[j].who} ${list[j].t.start}..${list[j].t.end}`);
  return out;
}

/** UN members without a head of state / head of government in office on `day`. */
export function coverageGaps(people: KbPerson[], day: string, members = UN_MEMBERS, hosIsHog = HOS_IS_HOG): string[] {
  const hos = new Set<string>();
  const hog = new Set<string>();
  for (const p of people)
    for (const t of p.terms) {
      if (!inOffice(t, day)) continue;
      if (HOS_ROLES.has(t.role)) hos.add(t.country);
      if (t.role === 'head_of_government') hog.add(t.country);
    }
  const out: string[] = [];
  for (const c of members) {
    if (!hos.has(c)) out.push(`${c}: no head of state on ${day}`);
    if (hosIsHog.has(c) && hog.has(c)) out.push(`${c}: listed in HOS_IS_HOG but has a head_of_government on ${day}`);
    if (!hosIsHog.has(c) && !hog.has(c)) out.push(`${c}: no head of government on ${day}`);
  }
  return out;
}

const countriesFile = load('countries.json');
const leadersFile = load('leaders.json');
const countries: KbCountry[] = countriesFile.countries;
const people: KbPerson[] = leadersFile.people;
const STATUS: string = leadersFile.status;

test('the checks themselves catch bad data', () => {
  const t = (start: string, end: string | null): KbTerm => ({ office: 'X', title: 'X', role: 'head_of_state', country: 'US', start, end });
  const person = (id: string, ...terms: KbTerm[]): KbPerson => ({ id, name: id, aliases: [], surname: id, terms });
  assert.equal(officeOverlaps([person('a', t('2020-01-01', '2022-01-01')), person('b', t('2021-06-01', null))]).length, 1);
  assert.equal(officeOverlaps([person('a', t('2020-01-01', '2022-01-01')), person('b', t('2022-01-01', null))]).length, 0);
  assert.equal(officeOverlaps([person('a', t('2020', '2022-03')), person('b', t('2022-03', null))]).length, 0);
  assert.equal(coverageGaps([person('a', t('2020-01-01', '2025-07-01'))], '2025-07-31', ['US'], new Set(['US'])).length, 1);
  assert.equal(coverageGaps([person('a', t('2020-01-01', null))], '2025-07-31', ['US'], new Set(['US'])).length, 0);
  assert.equal(coverageGaps([person('a', t('2020-01-01', null))], '2025-07-31', ['US'], new Set()).length, 1);
  assert.ok(inOffice(t('2025-07', null), '2025-07-31'));
  assert.ok(!inOffice(t('2025-08-01', null), '2025-07-31'));
});

test('files parse and share the status date', () => {
  assert.match(STATUS, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(countriesFile.status, STATUS);
  assert.equal(typeof countriesFile.source, 'string');
  assert.ok(Array.isArray(leadersFile.sources) && leadersFile.sources.length > 0);
  assert.ok(Array.isArray(countries) && countries.length > 200);
  assert.ok(Array.isArray(people) && people.length > 0);
});

test('countries: unique codes, names, kinds', () => {
  const seen = new Set<string>();
  for (const c of countries) {
    assert.ok(typeof c.code === 'string' && c.code.length >= 2, JSON.stringify(c));
    assert.ok(!seen.has(c.code), `duplicate code ${c.code}`);
    seen.add(c.code);
    assert.ok(c.kind === 'country' || c.kind === 'organisation', `${c.code}: kind`);
    assert.ok(c.name && Array.isArray(c.names) && c.names[0] === c.name, `${c.code}: names must start with name`);
    assert.ok(Array.isArray(c.adjectives), `${c.code}: adjectives`);
    if (c.kind === 'country') assert.match(c.code, /^[A-Z]{2}$/, `${c.code}: ISO 3166-1 alpha-2`);
  }
  for (const c of UN_MEMBERS) assert.ok(seen.has(c), `UN member ${c} missing from countries.json`);
  assert.equal(new Set(UN_MEMBERS).size, 193);
  for (const org of ['UN', 'EU', 'NATO', 'AFU', 'IMF', 'WB', 'WTO', 'WHO', 'ECB', 'FED'])
    assert.equal(countries.find((c) => c.code === org)?.kind, 'organisation', org);
  assert.equal(countries.find((c) => c.code === 'VA')?.kind, 'country');
  assert.ok(countries.find((c) => c.code === 'US')!.adjectives.includes('American'));
  assert.ok(countries.find((c) => c.code === 'GB')!.adjectives.includes('British'));
});

test('people: ids, names, terms', () => {
  const codes = new Set(countries.map((c) => c.code));
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const p of people) {
    if (!SLUG.test(p.id)) problems.push(`${p.id}: id is not a slug`);
    if (ids.has(p.id)) problems.push(`${p.id}: duplicate id`);
    ids.add(p.id);
    if (!p.name?.trim()) problems.push(`${p.id}: no name`);
    if (!p.surname?.trim()) problems.push(`${p.id}: no surname`);
    if (!Array.isArray(p.aliases) || p.aliases.some((a) => typeof a !== 'string' || !a.trim())) problems.push(`${p.id}: bad aliases`);
    else if (new Set(p.aliases).size !== p.aliases.length) problems.push(`${p.id}: duplicate alias`);
    if (!Array.isArray(p.terms) || p.terms.length === 0) problems.push(`${p.id}: no terms`);
    for (const t of p.terms ?? []) {
      const w = `${p.id} ${t.country} ${t.office}`;
      if (!t.office || !t.title) problems.push(`${w}: office and title needed`);
      if (!ROLES.has(t.role)) problems.push(`${w}: unknown role ${t.role}`);
      if (!codes.has(t.country)) problems.push(`${w}: unknown country code ${t.country}`);
      if (!DATE.test(t.start)) problems.push(`${w}: bad start ${t.start}`);
      if (t.end !== null && !DATE.test(t.end)) problems.push(`${w}: bad end ${t.end}`);
      if (t.end !== null && earliest(t.start) > latest(t.end)) problems.push(`${w}: start ${t.start} after end ${t.end}`);
      if (earliest(t.start) > STATUS) problems.push(`${w}: starts after the status date`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no two terms of the same office overlap', () => {
  assert.deepEqual(officeOverlaps(people), []);
});

test('every UN member state has a head of state and of government on the status date', () => {
  assert.deepEqual(coverageGaps(people, STATUS), []);
});

test('names and aliases are unambiguous', (t) => {
  const owners = new Map<string, KbPerson[]>();
  for (const p of people)
    for (const n of new Set([p.name, ...p.aliases].map((x) => x.toLowerCase()))) {
      if (!owners.has(n)) owners.set(n, []);
      owners.get(n)!.push(p);
    }
  const clashes: string[] = [];
  const reported: string[] = [];
  for (const [n, list] of owners) {
    if (list.length < 2) continue;
    const contemporaries = list.some((a, i) => list.slice(i + 1).some((b) => a.terms.some((x) => b.terms.some((y) => mayOverlap(x, y)))));
    const msg = `"${n}": ${list.map((p) => p.id).join(', ')}`;
    if (/\s/.test(n) && contemporaries) clashes.push(msg);
    else reported.push(msg);
  }
  // Shared surnames (Li, Kim, Singh ...) are expected: only reported.
  const bySurname = new Map<string, string[]>();
  for (const p of people) if (p.terms.some((x) => inOffice(x, STATUS))) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p.id]);
  for (const [s, ids] of bySurname) if (ids.length > 1) reported.push(`surname "${s}" (in office): ${ids.join(', ')}`);
  if (reported.length) t.diagnostic(`shared names, aliases or surnames (not errors): ${reported.length}\n${reported.join('\n')}`);
  assert.deepEqual(clashes, []);
});
