// The words that leader recognition reads: the headline (front matter `title`) and the body, with folded forms.
import type { Article, Span } from '../types';

/** Lower case without diacritics or typographic apostrophes: "Erdoğan’s" -> "erdogan's". */
const PLAIN_ASCII = /^[A-Za-z0-9.'-]*$/;

export function fold(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}

export interface Word extends Span {
  /** The text without a possessive `’s`. */
  text: string;
  /** fold(text). */
  norm: string;
  /** `’s` or `'` followed the word (not included in the span). */
  possessive: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** All letters upper case and more than one letter ("US", "NATO", "MOSCOW"). */
  caps: boolean;
  isWord: boolean;
  /** First word of a sentence or of the headline. */
  sentenceStart: boolean;
  /** Index of the segment (0: headline when present), so that matches never cross from headline to body. */
  segment: number;
  /** In the headline rather than the body. */
  headline: boolean;
}

// Words (with inner apostrophes, periods and hyphens), numbers, or one other character. Each alternative starts with a
// different class of character and its repetitions cannot overlap, so matching is linear.
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.-]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const KEEP_PERIOD = /^(?:\p{L}|mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|capt|adm|sgt|rev|jr|sr|st|pres|hon|ft|mt|(?:\p{L}\.)+\p{L})$/u;

/** The words of the headline and the body, in document order. */
export function readWords(article: Article, keepWhole: Set<string> = KEEP_WHOLE, splitParts?: Set<string>): Word[] {
  const words: Word[] = [];
  const headline = headlineSpan(article);
  let segment = 0;
  if (headline) {
    tokenizeInto(article.text, headline, [headline], segment, true, keepWhole, splitParts, words);
    segment++;
  }
  const sentences = article.sentences.length ? article.sentences : [article.body];
  tokenizeInto(article.text, article.body, sentences, segment, false, keepWhole, splitParts, words);
  return words;
}

function tokenizeInto(text: string, span: Span, sentences: Span[], segment: number, headline: boolean, keepWhole: Set<string>, splitParts: Set<string> | undefined, out: Word[]): void {
  const source = text.slice(0, span.end);
  TOKEN.lastIndex = span.start;
  let sentence = 0;
  let lastSentenceStarted = -1;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(source))) {
    let value = m[0];
    if (value.length > 1 && value.endsWith('.') && /\p{L}/u.test(value[0])) {
      const core = value.slice(0, -1);
      if (!KEEP_PERIOD.test(core.toLowerCase())) {
        value = core;
        TOKEN.lastIndex = m.index + value.length;
      }
    }
    const start = m.index;
    while (sentence < sentences.length - 1 && start >= sentences[sentence].end) sentence++;
    const sentenceStart = lastSentenceStarted !== sentence && start >= sentences[sentence].start;
    if (sentenceStart) lastSentenceStarted = sentence;
    const c0 = value.charCodeAt(0);
    const isWord = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 > 127 && /^\p{L}/u.test(value));
    let possessive = false;
    let end = start + value.length;
    if (isWord && /['’][sS]$/.test(value) && value.length > 2) {
      value = value.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (isWord && (source[end] === '’' || source[end] === "'") && /s$/.test(value) && !/\p{L}/u.test(source[end + 1] ?? ' ')) {
      possessive = true; // "Reuters’ report"
    }
    for (const part of splitCompound(value, start, keepWhole, splitParts)) {
      const letters = isWord ? (PLAIN_ASCII.test(part.text) ? part.text.replace(/[^A-Za-z]/g, '') : part.text.replace(/[^\p{L}]/gu, '')) : '';
      const p0 = part.text.charCodeAt(0);
      out.push({
        start: part.start,
        end: part.start + part.text.length,
        text: part.text,
        norm: fold(part.text),
        possessive: possessive && part.start + part.text.length === end,
        cap: isWord && (p0 < 128 ? p0 >= 65 && p0 <= 90 : /^\p{Lu}/u.test(part.text)),
        caps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        isWord,
        sentenceStart: sentenceStart && part.start === start,
        segment,
        headline,
      });
    }
  }
}

/** "Putin-Trump" is two names; "Jean-Claude" and "Secretary-General" stay whole (decided by the caller's lists). */
function splitCompound(value: string, start: number, keepWhole: Set<string>, splitParts?: Set<string>): { text: string; start: number }[] {
  if (!value.includes('-')) return [{ text: value, start }];
  const parts = value.split('-');
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) return [{ text: value, start }];
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
export const KEEP_WHOLE = new Set<string>(['secretary-general', 'director-general', 'governor-general', 'vice-president', 'jean-claude', 'jean-marie', 'jean-luc', 'jean-pierre', 'jean-yves', 'jean-paul', 'jean-noel', 'marie-claire', 'anne-marie', 'hans-peter', 'karl-heinz', 'frank-walter', 'mary-kate', 'sarah-jane', 'pierre-yves']);

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
