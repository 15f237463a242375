#!/usr/bin/env node
// Builds server/data/countries.json and server/data/leaders.json from the hand-kept tables in this folder:
//   countries.csv   code,kind,name,names(|),adjectives(|)
//   leaders/*.txt   terms of office, in the line format described below.
// The JSON files are the artifact (committed); this script is only run by hand after editing the tables:
//   node scripts/kb/build.mjs
//
// leaders/*.txt line format (blank lines and lines starting with # are ignored):
//   == CC                                   current country / organisation code for the lines below
//   office KEY | role | Office name | Title   declares an office of the current country
//   KEY | start | end | Person name [| title]  one term; end "-" = still in office on the status date
//   @ Person name | surname | alias; alias; ...  person attributes (may appear anywhere, once per person)
// Dates: YYYY-MM-DD, or YYYY-MM / YYYY where the day (month) is not known.
// A person's id is the slug of the name; "Name {slug}" gives an explicit id for namesakes.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const STATUS = '2025-07-31';

function parseCsvLine(line) {
  const out = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

const split = (s) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

// ---- countries
const countryLines = readFileSync(join(here, 'countries.csv'), 'utf8').split(/\r?\n/).filter(Boolean).slice(1);
const countries = countryLines.map((l) => {
  const [code, kind, name, names, adjectives] = parseCsvLine(l);
  return { code, name, names: split(names), adjectives: split(adjectives), kind };
});
const codes = new Set(countries.map((c) => c.code));

// ---- leaders
export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[łŁ]/g, (m) => (m === 'ł' ? 'l' : 'L')).replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss');
const slug = (s) => fold(s).toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const people = new Map(); // id -> person
const attrs = new Map(); // name -> {surname, aliases}
const errors = [];
const files = readdirSync(join(here, 'leaders')).filter((f) => f.endsWith('.txt')).sort();
for (const f of files) {
  let cc = null;
  let offices = new Map();
  const lines = readFileSync(join(here, 'leaders', f), 'utf8').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const where = `${f}:${i + 1}`;
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('==')) {
      cc = line.slice(2).trim();
      if (!codes.has(cc)) errors.push(`${where}: unknown code ${cc}`);
      offices = new Map();
      return;
    }
    if (line.startsWith('@')) {
      const [name, surname, aliases] = line.slice(1).split('|').map((x) => x.trim());
      if (attrs.has(name)) errors.push(`${where}: attributes of ${name} given twice`);
      attrs.set(name, { surname, aliases: (aliases ?? '').split(';').map((x) => x.trim()).filter(Boolean) });
      return;
    }
    if (line.startsWith('office ')) {
      const [key, role, office, title] = line.slice(7).split('|').map((x) => x.trim());
      if (!title) errors.push(`${where}: office needs key | role | office | title`);
      offices.set(key, { role, office, title });
      return;
    }
    const [key, start, end, who, title] = line.split('|').map((x) => x.trim());
    const off = offices.get(key);
    if (!off) { errors.push(`${where}: unknown office ${key} in ${cc}`); return; }
    if (!DATE.test(start) || !(end === '-' || DATE.test(end))) errors.push(`${where}: bad date`);
    if (!who) { errors.push(`${where}: no person`); return; }
    const m = /^(.*?)\s*\{([a-z0-9-]+)\}$/.exec(who);
    const name = m ? m[1] : who;
    const id = m ? m[2] : slug(name);
    let p = people.get(id);
    if (!p) { p = { id, name, aliases: [], surname: '', terms: [] }; people.set(id, p); }
    else if (p.name !== name) errors.push(`${where}: id ${id} used for ${p.name} and ${name}`);
    p.terms.push({ office: off.office, title: title || off.title, role: off.role, country: cc, start, end: end === '-' ? null : end });
  });
}

const PARTICLES = new Set(['von', 'van', 'der', 'de', 'den', 'da', 'dos', 'del', 'la', 'le', 'di', 'al', 'el', 'bin', 'ben', 'ter']);
function defaultSurname(name) {
  const w = name.split(/\s+/);
  let i = w.length - 1;
  while (i > 0 && PARTICLES.has(w[i - 1].toLowerCase())) i--;
  return w.slice(i).join(' ');
}

for (const p of people.values()) {
  const a = attrs.get(p.name);
  attrs.delete(p.name);
  p.surname = a?.surname || defaultSurname(p.name);
  const al = [...(a?.aliases ?? [])];
  const f = fold(p.name);
  if (f !== p.name) al.push(f);
  if (fold(p.surname) !== p.surname) al.push(fold(p.surname));
  p.aliases = [...new Set(al)].filter((x) => x !== p.name);
  p.terms.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
}
for (const name of attrs.keys()) errors.push(`attributes for ${name}, who has no term`);
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

const sources = [
  'Hand-compiled for newslens from public records (government and organisation websites, official gazettes, Wikipedia lists of office-holders), checked by the compiler; dates are those of taking and leaving office.',
  'Dates given as YYYY-MM or YYYY where the day (or month) was not certain.',
  'Acting and interim office-holders are mostly omitted; predecessors since 2015 (since 2000 for G20 countries) where listed.',
  'Terms of about 1985-2000 (heads of state and government of the G20, of the most newsworthy other countries and of the international organisations; G7/G20 ministers where the tables keep them), and their continuations to the terms above, were compiled from general knowledge rather than checked against records: terms whose dates were uncertain are left out or given by month or year.',
  'States that no longer exist keep their former ISO 3166 alpha-2 codes (SU Soviet Union, YU Yugoslavia, CS Czechoslovakia, DD East Germany, ZR Zaire); communist party leaders (general secretaries, the chairman of China\'s Central Military Commission) are org_leader terms of their country.',
];
const peopleOut = [...people.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

// One person per line group: keeps the file readable and diffable.
function dumpLeaders() {
  const parts = peopleOut.map((p) => {
    const terms = p.terms.map((t) => '      ' + JSON.stringify(t)).join(',\n');
    return `    {"id": ${JSON.stringify(p.id)}, "name": ${JSON.stringify(p.name)}, "surname": ${JSON.stringify(p.surname)}, "aliases": ${JSON.stringify(p.aliases)},\n     "terms": [\n${terms}\n    ]}`;
  });
  return `{\n  "status": "${STATUS}",\n  "sources": [\n${sources.map((x) => '    ' + JSON.stringify(x)).join(',\n')}\n  ],\n  "people": [\n${parts.join(',\n')}\n  ]\n}\n`;
}
function dumpCountries() {
  const parts = countries.map((c) => '    ' + JSON.stringify(c));
  return `{\n  "status": "${STATUS}",\n  "source": "ISO 3166-1 codes and English short names (npm i18n-iso-countries 7.14.0, MIT), demonyms from npm i18n-nationality 1.4.0 (MIT), with hand corrections and additions for news usage; former states (SU, YU, CS, DD, ZR) keep their withdrawn ISO codes; organisation codes are newslens's own (AFU = African Union, because AU is Australia).",\n  "countries": [\n${parts.join(',\n')}\n  ]\n}\n`;
}
writeFileSync(join(root, 'server', 'data', 'leaders.json'), dumpLeaders());
writeFileSync(join(root, 'server', 'data', 'countries.json'), dumpCountries());
const nTerms = peopleOut.reduce((n, p) => n + p.terms.length, 0);
console.log(`countries: ${countries.length}, people: ${peopleOut.length}, terms: ${nTerms}`);
