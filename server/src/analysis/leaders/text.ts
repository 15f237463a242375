// The words that leader recognition reads: the headline (front matter `title`) and the body, with folded forms.
import { bodyHeadline } from '../article';
import { C_L, C_M, C_N, C_S, classOf, cpAt, unitString } from '../chars';
import type { Article, Span } from '../types';

const NOT_LETTERS = /[^\p{L}]/gu;
const UPPER_START = /^\p{Lu}/u;
const TWO_CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Lower case without diacritics or typographic apostrophes: "Erdoğan’s" -> "erdogan's". */
export function fold(s: string): string {
  if (s.length === 1) {
    // One mark or digit: most tokens that are no word, read fast.
    const c = s.charCodeAt(0);
    if (c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4) return "'";
    if (c >= 128 && (classOf(c) & (C_L | C_M)) === 0) return s;
  }
  let ascii = true;
  let tick = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c === 96) tick = true;
  }
  // ASCII has no marks to strip; only the backtick is an apostrophe to rewrite.
  if (ascii) return tick ? s.toLowerCase().replace(/`/g, "'") : s.toLowerCase();
  let folded = foldedCache.get(s);
  if (folded === undefined) {
    if (foldedCache.size >= FOLDED_CACHE_SIZE) foldedCache.clear();
    folded = s.normalize('NFD').toLowerCase().replace(FOLD_SPECIAL, (c) => FOLDED[c] ?? '');
    foldedCache.set(s, folded);
  }
  return folded;
}

// Marks go; typographic apostrophes and letters without a decomposition get their plain spelling.
const FOLD_SPECIAL = /[\p{M}’‘`´ßøłđıæœ]/gu;
const FOLDED: Record<string, string> = { '’': "'", '‘': "'", '`': "'", '´': "'", ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe' };
// Names with diacritics recur within and across articles: each non-ASCII word is folded once.
const FOLDED_CACHE_SIZE = 20_000;
const foldedCache = new Map<string, string>();

const POSSESSIVE = 1;
const CAP = 2;
const CAPS = 4;
const IS_WORD = 8;
const SENTENCE_START = 16;
const HEADLINE = 32;
const ADJ = 64;
const NL = 128;

/** A word (or number, or mark) of the text; its yes/no facts share one number, as a corpus has millions of words. */
export class Word implements Span {
  /** Index in the word list. */
  i = 0;
  /** The knowledge index's LEX_* flags of `norm`, read on first use (-1 until then). */
  lex = -1;
  private flags: number;

  constructor(
    readonly start: number,
    readonly end: number,
    /** The text without a possessive `’s`. */
    readonly text: string,
    /** fold(text). */
    readonly norm: string,
    flags: number,
    /** Index of the segment (0: headline when present), so that matches never cross from headline to body. */
    readonly segment: number,
  ) {
    this.flags = flags;
  }

  /** `’s` or `'` followed the word (not included in the span). */
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
  /** First letter is upper case. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  /** All letters upper case and more than one letter ("US", "NATO", "MOSCOW"). */
  get caps(): boolean {
    return (this.flags & CAPS) !== 0;
  }
  get isWord(): boolean {
    return (this.flags & IS_WORD) !== 0;
  }
  /** First word of a sentence or of the headline. */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }
  /** In the headline rather than the body. */
  get headline(): boolean {
    return (this.flags & HEADLINE) !== 0;
  }
  /** The next word follows after one or two spaces in the same segment (nothing else between). */
  get adj(): boolean {
    return (this.flags & ADJ) !== 0;
  }
  set adj(value: boolean) {
    this.flags = value ? this.flags | ADJ : this.flags & ~ADJ;
  }
  /** A line break lies between the previous word and this one. */
  get nl(): boolean {
    return (this.flags & NL) !== 0;
  }
  set nl(value: boolean) {
    this.flags = value ? this.flags | NL : this.flags & ~NL;
  }
}

// Words (with inner apostrophes, periods and hyphens), numbers, or one other character, read by a hand-written scanner
// over character codes (no regular expression per word): a word is a letter followed by letters, marks and digits,
// with inner runs joined by one of ' ’ . - before a letter, and an optional final period; a number is digits with
// inner groups joined by . , or :; any other character that is not white space is a token of its own.
const KEEP_PERIOD = /^(?:\p{L}|mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|capt|adm|sgt|rev|jr|sr|st|pres|hon|ft|mt|(?:\p{L}\.)+\p{L})$/u;

const cpLen = (cp: number) => (cp > 0xffff ? 2 : 1);

function isLetterCp(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return (classOf(cp) & C_L) !== 0;
}

/** One UTF-16 unit is a letter (a lone surrogate is not), as `/\p{L}/u.test(s[i])` answers. */
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (classOf(c) & C_L) !== 0;
}

/** Set by tokenEnd: the token it just read is a word (module variables spare an object per token). */
let tokenIsWord = false;
/** Set by tokenEnd for a word: it joins parts with "-". */
let tokenHyphen = false;
/** Set by tokenEnd for a word: every unit is ASCII, with this many upper- and lower-case letters. */
let tokenAscii = false;
let tokenUpper = 0;
let tokenLower = 0;

/** End of the token starting at i (i is not white space); whether it is a word goes to tokenIsWord. */
function tokenEnd(text: string, i: number, limit: number): number {
  const cp = cpAt(text, i, limit);
  if (isLetterCp(cp)) {
    let j = i + cpLen(cp);
    let ascii = cp < 128;
    let upper = cp >= 65 && cp <= 90 ? 1 : 0;
    let lower = cp >= 97 && cp <= 122 ? 1 : 0;
    let hyphen = false;
    for (;;) {
      // [\p{L}\p{M}\p{N}]*
      for (;;) {
        const c = cpAt(text, j, limit);
        if (c < 0) break;
        if (c < 128) {
          if (c >= 65 && c <= 90) upper++;
          else if (c >= 97 && c <= 122) lower++;
          else if (!(c >= 48 && c <= 57)) break;
          j++;
        } else if ((classOf(c) & (C_L | C_M | C_N)) !== 0) {
          j += cpLen(c);
          ascii = false;
        } else break;
      }
      const sep = j < limit ? text.charCodeAt(j) : -1;
      if (sep === 39 || sep === 0x2019 || sep === 46 || sep === 45) {
        const n = cpAt(text, j + 1, limit);
        if (isLetterCp(n)) {
          if (n >= 65 && n <= 90) upper++;
          else if (n >= 97 && n <= 122) lower++;
          else ascii = false;
          if (sep === 0x2019) ascii = false;
          if (sep === 45) hyphen = true;
          j += 1 + cpLen(n);
          continue;
        }
      }
      if (sep === 46) j++;
      tokenIsWord = true;
      tokenHyphen = hyphen;
      tokenAscii = ascii;
      tokenUpper = upper;
      tokenLower = lower;
      return j;
    }
  }
  if (cp >= 0 && (cp < 128 ? cp >= 48 && cp <= 57 : (classOf(cp) & C_N) !== 0)) {
    let j = i + cpLen(cp);
    for (;;) {
      for (;;) {
        const c = cpAt(text, j, limit);
        if (c >= 0 && (c < 128 ? c >= 48 && c <= 57 : (classOf(c) & C_N) !== 0)) j += cpLen(c);
        else break;
      }
      const sep = j < limit ? text.charCodeAt(j) : -1;
      const n = cpAt(text, j + 1, limit);
      if ((sep === 46 || sep === 44 || sep === 58) && n >= 0 && (n < 128 ? n >= 48 && n <= 57 : (classOf(n) & C_N) !== 0)) {
        j += 1;
        continue;
      }
      tokenIsWord = false;
      return j;
    }
  }
  tokenIsWord = false;
  return i + cpLen(cp);
}

/** Neither letter, combining mark, digit nor white space. */
function isMarkCp(cp: number): boolean {
  if (cp < 128) return !((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 32 || (cp >= 9 && cp <= 13));
  return (classOf(cp) & (C_L | C_M | C_N | C_S)) === 0;
}

function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return (classOf(cp) & C_S) !== 0;
}

/** The words of the headline and the body, in document order. */
export function readWords(article: Article, keepWhole: Set<string> = KEEP_WHOLE, splitParts?: Set<string>): Word[] {
  const words: Word[] = [];
  const headline = headlineSpan(article);
  let segment = 0;
  if (headline) {
    tokenizeInto(article.text, headline, [headline], segment, true, keepWhole, splitParts, words);
    segment++;
  }
  // Copy without front matter may open with its headline.
  const inBody = bodyHeadline(article);
  let body = article.body;
  let sentences = article.sentences.length ? article.sentences : [article.body];
  if (inBody) {
    tokenizeInto(article.text, inBody, [inBody], segment++, true, keepWhole, splitParts, words);
    body = { start: article.paragraphs[1].start, end: article.body.end };
    sentences = sentences.filter((s) => s.start >= body.start);
  }
  tokenizeInto(article.text, body, sentences, segment, false, keepWhole, splitParts, words);
  return words;
}

function hasPeriod(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 46) return true;
  return false;
}

function tokenizeInto(text: string, span: Span, sentences: Span[], segment: number, headline: boolean, keepWhole: Set<string>, splitParts: Set<string> | undefined, out: Word[]): void {
  const limit = Math.min(span.end, text.length);
  let sentence = 0;
  let lastSentenceStarted = -1;
  let sentenceEnd = sentences[0].end;
  let pos = Math.max(0, span.start);
  while (pos < limit) {
    const c0 = text.charCodeAt(pos);
    if (c0 === 32 || c0 === 10) {
      pos++;
      continue;
    }
    const cp = cpAt(text, pos, limit);
    if (isSpaceCp(cp)) {
      pos += cpLen(cp);
      continue;
    }
    const start = pos;
    let tokEnd = tokenEnd(text, start, limit);
    const isWord = tokenIsWord;
    if (!isWord && isMarkCp(cp)) {
      // A run of four or more marks (a row of quotes, dots or symbols) is one token: no rule reads into such a run.
      let runEnd = tokEnd;
      let count = 1;
      for (let c = cpAt(text, runEnd, limit); c >= 0 && isMarkCp(c); c = cpAt(text, runEnd, limit)) {
        runEnd += cpLen(c);
        count++;
      }
      if (count >= 4) {
        pos = runEnd;
        const run = text.slice(start, runEnd);
        link(text, out, makeWord(run, start, run, false, false, false, false, false, segment, headline));
        continue;
      }
    }
    if (tokEnd - start > 1 && text.charCodeAt(tokEnd - 1) === 46 && isLetterUnit(text.charCodeAt(start))) {
      // KEEP_PERIOD matches at most four units without an inner period ("capt"): longer words ("said.") drop it at once.
      if (tokEnd - 1 - start > 4 && !hasPeriod(text, start, tokEnd - 1)) tokEnd--;
      else {
        const core = text.slice(start, tokEnd - 1);
        if (!KEEP_PERIOD.test(core.toLowerCase())) tokEnd--;
      }
    }
    pos = tokEnd;
    let value = tokEnd - start === 1 ? unitString(text.charCodeAt(start)) : text.slice(start, tokEnd);
    while (sentence < sentences.length - 1 && start >= sentenceEnd) sentenceEnd = sentences[++sentence].end;
    const sentenceStart = lastSentenceStarted !== sentence && start >= sentences[sentence].start;
    if (sentenceStart) lastSentenceStarted = sentence;
    let possessive = false;
    let stripped = false;
    let end = tokEnd;
    const n = value.length;
    const last = value.charCodeAt(n - 1);
    if (isWord && n > 2 && (last === 115 || last === 83) && (value.charCodeAt(n - 2) === 39 || value.charCodeAt(n - 2) === 0x2019)) {
      value = value.slice(0, -2);
      end -= 2;
      possessive = true;
      stripped = true;
    } else if (isWord && last === 115 && end < limit && (text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === 39) && !(end + 1 < limit && isLetterUnit(text.charCodeAt(end + 1)))) {
      possessive = true; // "Reuters’ report"
    }
    if (!isWord) {
      link(text, out, makeWord(value, start, fold(value), false, false, false, false, sentenceStart, segment, headline));
      continue;
    }
    if (!tokenHyphen) {
      // The scanner counted the letters of an ASCII word; a stripped `’s` may have changed them, so count again then.
      if (tokenAscii && !stripped) {
        const p0 = value.charCodeAt(0);
        const cap = p0 >= 65 && p0 <= 90;
        link(text, out, makeWord(value, start, tokenUpper ? value.toLowerCase() : value, possessive, cap, tokenUpper + tokenLower > 1 && tokenLower === 0 && tokenUpper > 0, true, sentenceStart, segment, headline));
      } else pushWord(text, value, start, possessive, sentenceStart, segment, headline, out);
      continue;
    }
    for (const part of splitCompound(value, start, keepWhole, splitParts)) {
      pushWord(text, part.text, part.start, possessive && part.start + part.text.length === end, sentenceStart && part.start === start, segment, headline, out);
    }
  }
}

/**
 * Appends w with its index, and reads the gap from the previous word while both are fresh: adjacency (one or two
 * spaces, same segment) of the previous word and a line break before w.
 */
function link(text: string, out: Word[], w: Word): void {
  const k = out.length;
  w.i = k;
  if (k > 0) {
    const prev = out[k - 1];
    let spaces = 0;
    let other = false;
    for (let p = prev.end; p < w.start; p++) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 0xa0) spaces++;
      else {
        other = true;
        if (c === 10) w.nl = true;
      }
    }
    prev.adj = prev.segment === w.segment && !other && spaces >= 1 && spaces <= 2;
  }
  out.push(w);
}

function makeWord(text: string, start: number, norm: string, possessive: boolean, cap: boolean, caps: boolean, isWord: boolean, sentenceStart: boolean, segment: number, headline: boolean): Word {
  const flags = (possessive ? POSSESSIVE : 0) | (cap ? CAP : 0) | (caps ? CAPS : 0) | (isWord ? IS_WORD : 0) | (sentenceStart ? SENTENCE_START : 0) | (headline ? HEADLINE : 0);
  return new Word(start, start + text.length, text, norm, flags, segment);
}

function pushWord(source: string, text: string, start: number, possessive: boolean, sentenceStart: boolean, segment: number, headline: boolean, out: Word[]): void {
  let ascii = true;
  let letters = 0;
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) {
      letters++;
      lower++;
    }
  }
  const p0 = text.charCodeAt(0);
  if (ascii) {
    const cap = p0 >= 65 && p0 <= 90;
    link(source, out, makeWord(text, start, upper ? text.toLowerCase() : text, possessive, cap, letters > 1 && lower === 0 && upper > 0, true, sentenceStart, segment, headline));
    return;
  }
  const ls = text.replace(NOT_LETTERS, '');
  const cap = p0 < 128 ? p0 >= 65 && p0 <= 90 : UPPER_START.test(text);
  link(source, out, makeWord(text, start, fold(text), possessive, cap, ls.length > 1 && ls === ls.toUpperCase() && ls !== ls.toLowerCase(), true, sentenceStart, segment, headline));
}

/** "Putin-Trump" is two names; "Jean-Claude" and "Secretary-General" stay whole (decided by the caller's lists). */
function splitCompound(value: string, start: number, keepWhole: Set<string>, splitParts?: Set<string>): { text: string; start: number }[] {
  if (!value.includes('-')) return [{ text: value, start }];
  const parts = value.split('-');
  if (parts.length < 2 || !parts.every((p) => TWO_CAPITALISED.test(p))) return [{ text: value, start }];
  if (keepWhole.has(fold(value))) return [{ text: value, start }];
  // Only compounds of known names split ("Putin-Trump", "Russia-Ukraine"); "Mensah-Boateng" is one surname.
  if (splitParts && !parts.every((p) => splitParts.has(fold(p)))) return [{ text: value, start }];
  const out: { text: string; start: number }[] = [];
  let at = start;
  for (const p of parts) {
    out.push({ text: p, start: at });
    at += p.length + 1;
  }
  return out;
}

/** Hyphenated capitalised words that are one name or title; filled from the knowledge base and lexicon. */
export const KEEP_WHOLE = new Set<string>(['secretary-general', 'director-general', 'governor-general', 'vice-president', 'jean-claude', 'jean-marie', 'jean-luc', 'jean-pierre', 'jean-yves', 'jean-paul', 'jean-noel', 'marie-claire', 'anne-marie', 'hans-peter', 'karl-heinz', 'frank-walter', 'mary-kate', 'sarah-jane', 'pierre-yves',
  'jean-philippe', 'jean-louis', 'jean-michel', 'jean-francois', 'jean-baptiste', 'jean-jacques', 'jean-christophe',
  'jean-sebastien', 'jean-bertrand', 'jean-charles', 'jean-guy', 'jean-rene', 'marie-louise',
  'marie-france', 'anne-sophie', 'marie-christine', 'hans-werner', 'hans-dietrich', 'hans-georg', 'hans-joachim',
  'hans-jurgen', 'hans-ulrich', 'klaus-peter', 'karl-theodor', 'kai-uwe', 'anna-lena', 'jan-peter', 'pierre-emerick']);

/** Where the front matter `title:` value lies in the text, so headline mentions get document offsets. */
export function headlineSpan(article: Article): Span | null {
  const fm = article.frontMatter;
  if (!fm || !article.title) return null;
  const yaml = article.text.slice(fm.yaml.start, fm.yaml.end);
  const m = /^title[ \t]*:[ \t]*(['"]?)(.*?)\1[ \t]*$/m.exec(yaml);
  if (!m) return null;
  const valueStart = fm.yaml.start + m.index + m[0].indexOf(m[2], m[0].indexOf(':'));
  if (article.text.slice(valueStart, valueStart + m[2].length) !== m[2] || m[2].length === 0) return null;
  return { start: valueStart, end: valueStart + m[2].length };
}
