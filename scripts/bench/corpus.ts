// Benchmark corpora: a deterministic synthetic news corpus (our own generated text), or every .txt/.article/.news
// file under a folder. The project never depends on files outside the repository; a folder is only read when given.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Doc {
  id: string;
  text: string;
  referenceDate: string | null;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEADERS: [title: string, first: string, surname: string, nationality: string][] = [
  ['President', 'Emmanuel', 'Macron', 'French'],
  ['President', 'Xi', 'Jinping', 'Chinese'],
  ['President', 'Donald', 'Trump', 'U.S.'],
  ['Prime Minister', 'Keir', 'Starmer', 'British'],
  ['Chancellor', 'Friedrich', 'Merz', 'German'],
  ['Prime Minister', 'Narendra', 'Modi', 'Indian'],
  ['President', 'Vladimir', 'Putin', 'Russian'],
  ['President', 'Volodymyr', 'Zelensky', 'Ukrainian'],
  ['Prime Minister', 'Giorgia', 'Meloni', 'Italian'],
  ['Prime Minister', 'Mark', 'Carney', 'Canadian'],
  ['President', 'Luiz Inácio', 'Lula da Silva', 'Brazilian'],
  ['Secretary-General', 'António', 'Guterres', 'UN'],
  ['Prime Minister', 'Anthony', 'Albanese', 'Australian'],
  ['President', 'Claudia', 'Sheinbaum', 'Mexican'],
  ['Prime Minister', 'Shigeru', 'Ishiba', 'Japanese'],
];
const PEOPLE = ['Maria Lopez', 'John Carter', 'Aisha Bello', 'Chen Wei', 'Sophie Martin', 'Rahul Gupta', 'Erik Nilsson', 'Ana Souza'];
const ROLES = ['an analyst at the Centre for European Reform', 'a spokesperson for the ministry', 'a senior diplomat', 'an economist at ING', 'a trade union leader'];
const CITIES = ['PARIS', 'BEIJING', 'WASHINGTON', 'LONDON', 'BERLIN', 'NEW DELHI', 'MOSCOW', 'KYIV', 'ROME', 'OTTAWA', 'BRASILIA'];
const TOPICS = ['tariffs on electric vehicles', 'the ceasefire talks', 'interest rates', 'the climate summit', 'grain exports', 'a new security pact', 'the budget deficit', 'chip export controls'];
const CUES = ['said', 'told reporters', 'said in a statement', 'wrote on X', 'added', 'warned', 'told Reuters', 'said on Tuesday', 'insisted'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVE = ['last week', 'next month', 'earlier this year', 'two weeks ago', 'yesterday', 'on Thursday', 'this morning', 'in three days', 'last year', 'next Friday'];
const FILLER = [
  'Officials from both sides met for several hours behind closed doors',
  'The talks follow months of tension over trade and security',
  'Markets reacted calmly to the news, with the main index closing slightly higher',
  'The proposal must still be approved by parliament',
  'Diplomats familiar with the plans said a deal was not expected soon',
  'Critics said the measures did not go far enough',
  'The government has faced growing pressure from farmers and industry groups',
  'Both countries have traded accusations for weeks',
];
const STATEMENTS = [
  'We will not accept unfair competition',
  'This is a historic moment for our two nations',
  'Nobody wins a trade war',
  'We are ready to talk, but not at any price',
  'The door remains open',
  'Our economy is stronger than ever',
  'We need a balanced relationship',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function dateExpression(r: () => number, year: number): string {
  const d = 1 + Math.floor(r() * 28);
  const m = Math.floor(r() * 12);
  switch (Math.floor(r() * 9)) {
    case 0: return `${MONTHS[m]} ${d}, ${year}`;
    case 1: return `${d} ${MONTHS[m]}`;
    case 2: return `on ${pick(r, WEEKDAYS)}`;
    case 3: return pick(r, RELATIVE);
    case 4: return `${String(m + 1).padStart(2, '0')}/${String(d).padStart(2, '0')}/${year}`;
    case 5: return `at ${1 + Math.floor(r() * 11)} ${r() < 0.5 ? 'a.m.' : 'p.m.'} ET`;
    case 6: return `in ${MONTHS[m]}`;
    case 7: return `${pick(r, WEEKDAYS)}, ${MONTHS[m]} ${d}`;
    default: return `since ${year - 1 - Math.floor(r() * 10)}`;
  }
}

function paragraph(r: () => number, year: number, first: boolean, city: string): string {
  const [title, given, surname, nationality] = pick(r, LEADERS);
  const full = `${given} ${surname}`;
  const kind = Math.floor(r() * 8);
  let p: string;
  if (kind === 0) p = `${nationality} ${title} ${full} will meet ${pick(r, LEADERS)[2]} ${dateExpression(r, year)} to discuss ${pick(r, TOPICS)}.`;
  else if (kind === 1) p = `“${pick(r, STATEMENTS)},” ${surname} ${pick(r, CUES)} ${dateExpression(r, year)}.`;
  else if (kind === 2) p = `${title} ${surname} ${pick(r, CUES)} that the plan was “${pick(r, ['a mistake', 'encouraging', 'unacceptable', 'a first step'])}” and would be reviewed ${dateExpression(r, year)}.`;
  else if (kind === 3) p = `"${pick(r, STATEMENTS)}. ${pick(r, STATEMENTS)}," said ${pick(r, PEOPLE)}, ${pick(r, ROLES)}.`;
  else if (kind === 4) p = `${pick(r, FILLER)} ${dateExpression(r, year)}. ${pick(r, FILLER)}.`;
  else if (kind === 5) p = `Mr. ${surname} ${pick(r, CUES)}: ‘${pick(r, STATEMENTS)}.’ His office later said the so-called “${pick(r, ['reset', 'red line', 'grand bargain'])}” was ${pick(r, ['still on the table', 'off'])}.`;
  else if (kind === 6) p = `${pick(r, PEOPLE)}, ${pick(r, ROLES)}, said ${dateExpression(r, year)} that ${full} had “${pick(r, ['no choice', 'a strong hand', 'little room'])}” on ${pick(r, TOPICS)}.`;
  else p = `${pick(r, FILLER)}, and the ${nationality} leader is due to travel ${dateExpression(r, year)}. ${pick(r, FILLER)}.`;
  return first ? `${city}: ${p}` : p;
}

/** One synthetic article with front matter, about `targetChars` characters long. */
export function syntheticArticle(r: () => number, index: number, targetChars: number): Doc {
  const year = 2019 + Math.floor(r() * 7);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const city = pick(r, CITIES);
  const lines = ['---', `title: ${pick(r, LEADERS)[2]} and ${pick(r, LEADERS)[2]} discuss ${pick(r, TOPICS)}`, `date: ${date}`, `dateline: ${city}`, '---'];
  let size = lines.join('\n').length;
  let first = true;
  while (size < targetChars) {
    const p = paragraph(r, year, first, city);
    first = false;
    lines.push(p);
    size += p.length + 1;
  }
  return { id: `synthetic/${String(index).padStart(5, '0')}.article`, text: lines.join('\n') + '\n', referenceDate: date };
}

/** A deterministic synthetic corpus of about `megabytes` MB (UTF-8), articles of 1–6 KB. */
export function syntheticCorpus(megabytes: number, seed = 20250703): Doc[] {
  const r = rng(seed);
  const docs: Doc[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1e6) {
    const doc = syntheticArticle(r, docs.length, 1000 + Math.floor(r() * 5000));
    docs.push(doc);
    bytes += Buffer.byteLength(doc.text, 'utf8');
  }
  return docs;
}

/** One long article (for the editor bench): front matter, then paragraphs until `targetChars`. */
export function longArticle(targetChars: number, seed = 7): string {
  return syntheticArticle(rng(seed), 0, targetChars).text;
}

/** Every .txt, .article and .news file under `dir`, sorted, read as UTF-8 (latin1 when not valid UTF-8). */
export function readCorpus(dir: string, referenceDate: string | null): Doc[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(txt|article|news)$/.test(entry.name) && !/^(source|readme|license)\./i.test(entry.name)) files.push(p);
    }
  };
  walk(dir);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return files.map((file) => {
    const bytes = fs.readFileSync(file);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      text = bytes.toString('latin1');
    }
    return { id: path.relative(dir, file), text, referenceDate };
  });
}

export function utf8Bytes(docs: Doc[]): number {
  let n = 0;
  for (const d of docs) n += Buffer.byteLength(d.text, 'utf8');
  return n;
}
