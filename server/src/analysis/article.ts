// Reads an article: front matter, dateline, paragraphs, sentences and tokens.
import { parseDocument, isMap } from 'yaml';
import { C_L, C_M, C_N, C_S, classOf, unitString } from './chars';
import type { Article, Dateline, Finding, FrontMatter, ReferenceDateSource, Span, Token } from './types';
import { MONTHS } from './dates/lexicon';

export interface ArticleOptions {
  /** Overrides the front matter (the CLI's --reference-date). */
  referenceDate?: string | null;
  /** Used when the front matter has none (the `newslens.referenceDate` setting). */
  fallbackReferenceDate?: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The headline of copy without a front-matter title: a first paragraph of one short line without a sentence's end
 * ("Call centre users 'lose patience'"), with more paragraphs after it.
 */
export function bodyHeadline(article: Article): Span | null {
  const first = article.paragraphs[0];
  if (article.title !== null || article.paragraphs.length < 2 || !looksLikeHeadline(article.text, first)) return null;
  return first;
}

function looksLikeHeadline(text: string, span: Span): boolean {
  const line = text.slice(span.start, span.end).trim();
  const words = line.split(/\s+/);
  return !line.includes('\n') && words.length <= 25 && !/[.!?:;,]['’"”)]*$/.test(line);
}

export function parseArticle(text: string, options: ArticleOptions = {}): Article {
  const findings: Finding[] = [];
  const frontMatter = readFrontMatter(text, findings);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const body: Span = { start: bodyStart, end: text.length };

  const data = frontMatter?.data ?? {};
  const title = typeof data.title === 'string' ? data.title : null;
  const timezone = typeof data.timezone === 'string' || typeof data.timezone === 'number' ? String(data.timezone) : null;

  let referenceDate: string | null = null;
  let referenceDateSource: ReferenceDateSource | null = null;
  const fromFrontMatter = frontMatterDate(data, frontMatter, text, findings);
  if (options.referenceDate) {
    referenceDate = options.referenceDate;
    referenceDateSource = 'option';
  } else if (fromFrontMatter) {
    referenceDate = fromFrontMatter;
    referenceDateSource = 'front-matter';
  } else if (options.fallbackReferenceDate) {
    referenceDate = options.fallbackReferenceDate;
    referenceDateSource = 'setting';
  }

  const paragraphs = splitParagraphs(text, body);
  const dateline = findDateline(text, paragraphs[0], typeof data.dateline === 'string' ? data.dateline : null);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  return { text, frontMatter, body, title, referenceDate, referenceDateSource, timezone, dateline, paragraphs, sentences, findings };
}

const FENCE = /^---[ \t]*$/;

function readFrontMatter(text: string, findings: Finding[]): FrontMatter | null {
  const firstLineEnd = lineEnd(text, 0);
  // A BOM may precede the fence.
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!FENCE.test(text.slice(offset, firstLineEnd))) return null;
  const yamlStart = nextLine(text, firstLineEnd);
  let pos = yamlStart;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const line = text.slice(pos, end);
    if (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) {
      const yaml: Span = { start: yamlStart, end: pos };
      const fmEnd = nextLine(text, end);
      return { start: 0, end: fmEnd, yaml, data: parseYaml(text, yaml, findings) };
    }
    pos = nextLine(text, end);
    if (pos === end) break;
  }
  findings.push({
    start: 0,
    end: firstLineEnd,
    severity: 'error',
    code: 'article.front-matter-unclosed',
    message: 'The front matter opened here is never closed with a `---` line, so it is read as article text. Add a `---` line after the last field.',
  });
  return null;
}

/** Front matter is a few fields; a longer one is read line by line, as YAML parsing a megabyte takes seconds. */
export const MAX_YAML_LENGTH = 32_768;

function parseYaml(text: string, yaml: Span, findings: Finding[]): Record<string, unknown> {
  const source = text.slice(yaml.start, yaml.end);
  if (source.length > MAX_YAML_LENGTH) {
    findings.push({
      start: 0,
      end: lineEnd(text, 0),
      severity: 'warning',
      code: 'article.front-matter-large',
      message: `The front matter is ${Math.ceil(source.length / 1024)} KB long, more than a front matter of fields needs (${MAX_YAML_LENGTH / 1024} KB); only its simple \`key: value\` lines are read. Check that its closing \`---\` line is where the fields end.`,
    });
    return salvageFields(source);
  }
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  const explained = new Set<number>();
  for (const error of doc.errors) {
    const [s, e] = error.pos ?? [0, source.length];
    const lastChar = yaml.start + source.trimEnd().length - 1;
    const start = Math.min(yaml.start + s, Math.max(yaml.start, lastChar));
    const quoted = quotedValueWithTail(text, start, yaml);
    if (quoted) {
      if (explained.has(quoted.line)) continue;
      explained.add(quoted.line);
      findings.push(quoted.finding);
      continue;
    }
    findings.push({
      start,
      end: Math.max(start + 1, Math.min(yaml.start + e, yaml.end)),
      severity: 'error',
      code: 'article.front-matter-invalid',
      message: `Front matter is not valid YAML: ${firstLine(error.message)}. The article text is still analysed.`,
    });
  }
  if (doc.errors.length > 0) return salvageFields(source);
  if (!isMap(doc.contents)) {
    if (doc.contents !== null) {
      findings.push({
        start: yaml.start,
        end: yaml.end,
        severity: 'error',
        code: 'article.front-matter-invalid',
        message: 'Front matter must be a YAML mapping of fields such as `date: 2025-07-03`.',
      });
    }
    return {};
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Unresolved or excessive aliases are only found when the document is converted.
    findings.push({
      start: yaml.start,
      end: yaml.end,
      severity: 'error',
      code: 'article.front-matter-invalid',
      message: `Front matter is not valid YAML: ${firstLine(error instanceof Error ? error.message : String(error))}. The article text is still analysed.`,
    });
    return salvageFields(source);
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Reads simple `key: value` lines from front matter that failed to parse as a whole. */
function salvageFields(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of source.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):[ \t]+(\S(?:.*\S)?)[ \t]*$/.exec(line);
    if (m && !Object.hasOwn(data, m[1])) data[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return data;
}

// Keys that give the publication date, as static-site generators and feeds name it.
const DATE_KEYS = ['date', 'published', 'pubDate', 'publishDate', 'published_at', 'publishedAt', 'datePublished'];
/** "July 3, 2025", "Thursday, 3 July 2025", "Jul. 3 2025" → "2025-07-03"; numeric forms other than ISO are ambiguous. */
function writtenDate(raw: string): string | null {
  const m =
    /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(raw) ??
    /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(raw);
  if (!m) return null;
  const [name, day] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const key = name.toLowerCase();
  if (!Object.hasOwn(MONTHS, key)) return null;
  const month = MONTHS[key];
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

function frontMatterDate(data: Record<string, unknown>, fm: FrontMatter | null, text: string, findings: Finding[]): string | null {
  for (const key of DATE_KEYS) {
    if (!Object.hasOwn(data, key)) continue;
    const raw = data[key];
    const iso = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw.trim().slice(0, 10) : String(raw);
    if (isValidIsoDate(iso)) return iso;
    const written = typeof raw === 'string' ? writtenDate(raw.trim()) : null;
    if (written) return written;
    const at = fm ? keyRange(text, fm.yaml, key) : { start: 0, end: 0 };
    findings.push({
      ...at,
      severity: 'error',
      code: 'article.date-invalid',
      message: `Front matter \`${key}: ${String(raw)}\` is not a date; write it as YYYY-MM-DD (e.g. \`${key}: 2025-07-03\`) or in words (\`${key}: July 3, 2025\`).`,
    });
  }
  return null;
}

function keyRange(text: string, yaml: Span, key: string): Span {
  const re = new RegExp(`^${key}[ \\t]*:.*$`, 'm');
  const m = re.exec(text.slice(yaml.start, yaml.end));
  return m ? { start: yaml.start + m.index, end: yaml.start + m.index + m[0].length } : { start: yaml.start, end: yaml.start };
}

function splitParagraphs(text: string, body: Span): Span[] {
  // Each non-blank line is a paragraph: news copy puts one paragraph per line; blank lines also separate.
  const paragraphs: Span[] = [];
  let pos = body.start;
  while (pos < body.end) {
    const end = Math.min(lineEnd(text, pos), body.end);
    let s = pos;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
    const next = nextLine(text, end);
    if (next <= pos) break;
    pos = next;
  }
  return paragraphs;
}

const DATELINE = /^([A-Z][A-Z .'’-]{1,40}?(?:,\s*[A-Z][A-Za-z .]{1,30})?)(?:\s*\(([A-Za-z][\w .&-]{0,30})\))?\s*(?::|—|–|--| - )\s*/;

function findDateline(text: string, first: Span | undefined, declared: string | null): Dateline | null {
  if (!first) return null;
  const head = text.slice(first.start, Math.min(first.end, first.start + 120));
  const m = DATELINE.exec(head);
  if (!m) return null;
  const place = m[1].trim();
  // Upper-case place names, or the front matter's dateline, not a sentence starting with a capitalised word.
  const declaredMatch = declared !== null && place.toLowerCase() === declared.toLowerCase();
  const city = place.split(',')[0];
  if (!declaredMatch && city !== city.toUpperCase()) return null;
  if (!/[A-Z]{2}/.test(place)) return null;
  const end = first.start + m[0].trimEnd().length;
  return { start: first.start, end, text: text.slice(first.start, end), place };
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'rep', 'sen', 'gov', 'pres',
  'rev', 'hon', 'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'est', 'approx', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'mt', 'ft', 'ave', 'blvd', 'rd', 'sec', 'gov', 'atty', 'supt', 'msgr',
  'ald', 'assn', 'bros', 'cie', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'ph.d', 'al', 'cf',
]);
// Abbreviations that end a sentence when a capitalised word follows ("at 10 a.m. The call...").
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr']);

export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Take the whole run of terminators and closing quotes/brackets.
    let j = i + 1;
    while (j < paragraph.end && /[.!?”’"')\]»]/.test(text[j])) j++;
    if (j < paragraph.end && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < paragraph.end && isSpace(text.charCodeAt(k))) k++;
    if (k >= paragraph.end) break;
    if (c === '.' && !endsSentenceAt(text, i, k)) continue;
    // A lower-case continuation means the sentence goes on (“…?” she asked).
    if (/[a-z]/.test(text[k]) && c !== '.') continue;
    sentences.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences;
}

function endsSentenceAt(text: string, period: number, next: number): boolean {
  let w = period;
  while (w > 0 && /[\p{L}\p{N}.'’-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, period);
  const lower = word.toLowerCase();
  const nextChar = text[next];
  const nextIsUpper = /[\p{Lu}“"‘'(\[]/u.test(nextChar);
  if (/^\d+$/.test(word) && /\d/.test(nextChar ?? '')) return false;
  if (!nextIsUpper && !/\d/.test(nextChar ?? '')) return false;
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return isLikelySentenceStart(nextWord(text, next));
  // "No. 10", "Nos. 3 and 4": a number follows; "A: No. People say …" ends a sentence.
  if (lower === 'no' || lower === 'nos') return !/\d/.test(nextChar ?? '');
  if (ABBREVIATIONS.has(lower)) return false;
  // Initials: "J." in "John F. Kennedy", and dotted acronyms "U.S." before a capitalised word are ambiguous.
  // A single capital letter is an initial unless a quotation opens next ("a post on X. “Not even close.”") or it
  // follows a lower-case word and a sentence opener comes next ("Plan B. The talks…").
  if (/^\p{Lu}$/u.test(word)) return /[“"]/.test(nextChar) || (/\p{Ll}\s$/u.test(text.slice(w - 2, w)) && isLikelySentenceStart(nextWord(text, next)));
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return isLikelySentenceStart(nextWord(text, next));
  return true;
}

function nextWord(text: string, at: number): string {
  const m = /^[“"‘'(\[]*([\p{L}\p{N}.'’-]*)/u.exec(text.slice(at, at + 40));
  return m ? m[1] : '';
}

// After "U.S." a capitalised word starts a new sentence only if it is a common sentence opener.
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'There',
  'His', 'Her', 'Their', 'Its', 'Our', 'Officials', 'Some', 'Many', 'After', 'Before', 'While', 'When', 'As', 'If',
]);

function isLikelySentenceStart(word: string): boolean {
  return SENTENCE_OPENERS.has(word);
}

const enum Kind {
  Space,
  Letter,
  Mark,
  Digit,
  Other,
}

/** The kind of the code point at `i` (ASCII by table, the rest by Unicode property). */
function kindAt(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return Kind.Letter;
    if (c >= 48 && c <= 57) return Kind.Digit;
    if (c === 32 || (c >= 9 && c <= 13)) return Kind.Space;
    return Kind.Other;
  }
  const flags = classOf(text.codePointAt(i)!);
  if (flags & C_L) return Kind.Letter;
  if (flags & C_M) return Kind.Mark;
  if (flags & C_N) return Kind.Digit;
  if (flags & C_S) return Kind.Space;
  return Kind.Other;
}

function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Words (with inner apostrophes, hyphens, dots and capitals' ampersands: "Putin’s", "U.S.", "face-to-face", "M&S"; a final period only for
 * abbreviations and initials), numbers ("1,500.5", "10:00") and single punctuation marks. No token crosses white
 * space, so a paragraph's tokens are the same read alone or within the whole text.
 */
export function tokenize(text: string, body: Span): Token[] {
  const tokens: Token[] = [];
  const end = body.end;
  let i = body.start;
  while (i < end) {
    const kind = kindAt(text, i);
    const start = i;
    if (kind === Kind.Space) {
      i += width(text, i);
      continue;
    }
    if (kind === Kind.Letter) {
      i = wordEnd(text, i, end);
      let value = text.slice(start, i);
      if (text.charCodeAt(i) === 46 /* . */ && i < end) {
        const core = value.toLowerCase();
        if (ABBREVIATIONS.has(core) || value.length === 1 || value.includes('.')) {
          i++;
          value += '.';
        }
      }
      tokens.push({ start, end: i, text: value, kind: 'word', lower: value.toLowerCase() });
    } else if (kind === Kind.Digit) {
      i = digitsEnd(text, i, end);
      while (i + 1 < end && (text[i] === '.' || text[i] === ',' || text[i] === ':') && kindAt(text, i + 1) === Kind.Digit) i = digitsEnd(text, i + 1, end);
      const value = text.slice(start, i);
      tokens.push({ start, end: i, text: value, kind: 'number', lower: value.toLowerCase() });
    } else {
      i += width(text, i);
      const value = i - start === 1 ? unitString(text.charCodeAt(start)) : text.slice(start, i);
      tokens.push({ start, end: i, text: value, kind: 'punct', lower: value.toLowerCase() });
    }
  }
  return tokens;
}

function wordEnd(text: string, i: number, end: number): number {
  for (;;) {
    i += width(text, i);
    while (i < end) {
      const k = kindAt(text, i);
      if (k !== Kind.Letter && k !== Kind.Mark && k !== Kind.Digit) break;
      i += width(text, i);
    }
    const c = text[i];
    if (i + 1 < end && (c === "'" || c === '’' || c === '.' || c === '-') && kindAt(text, i + 1) === Kind.Letter) {
      i++;
      continue;
    }
    // "M&S", "AT&T": an ampersand between capitals.
    if (i + 1 < end && c === '&' && /[A-Z]/.test(text[i - 1]) && /[A-Z]/.test(text[i + 1])) {
      i++;
      continue;
    }
    return i;
  }
}

function digitsEnd(text: string, i: number, end: number): number {
  while (i < end && kindAt(text, i) === Kind.Digit) i += width(text, i);
  return i;
}

// `title: 'We will not back down,' says Starmer`: a value that opens with a quotation mark is a quoted string to YAML.
const QUOTED_VALUE_WITH_TAIL = /^([ \t]*[\p{L}\p{N}_-]+[ \t]*:[ \t]*)((['"])(?:(?!\3).)*\3[ \t]*[^\s#].*)$/u;

/** The headline-style value that YAML cannot read, explained, with a fix that quotes the whole value. */
function quotedValueWithTail(text: string, at: number, yaml: Span): { line: number; finding: Finding } | null {
  const line = Math.max(yaml.start, text.lastIndexOf('\n', at - 1) + 1);
  const end = Math.min(lineEnd(text, line), yaml.end);
  const m = QUOTED_VALUE_WITH_TAIL.exec(text.slice(line, end));
  if (!m) return null;
  const key = m[1].trim().slice(0, -1).trim();
  const value = m[2].trimEnd();
  const start = line + m[1].length;
  const newText = m[3] === "'" ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `'${value.replace(/'/g, "''")}'`;
  return {
    line,
    finding: {
      start,
      end: start + value.length,
      severity: 'error',
      code: 'article.front-matter-invalid',
      message: `Front matter is not valid YAML: the value of \`${key}\` opens with \`${m[3]}\`, so YAML reads a quoted string that ends at the next \`${m[3]}\` and cannot read the words after it. Put the whole value in quotation marks: ${key}: ${newText}. The article text is still analysed.`,
      fixes: [{ title: `Quote the whole value of ${key}`, edits: [{ start, end: start + value.length, newText }], preferred: true }],
    },
  };
}

function lineEnd(text: string, pos: number): number {
  const n = text.indexOf('\n', pos);
  const end = n < 0 ? text.length : n;
  return end > pos && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, lineEndPos: number): number {
  if (text[lineEndPos] === '\r') lineEndPos++;
  return text[lineEndPos] === '\n' ? lineEndPos + 1 : text.length;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}
