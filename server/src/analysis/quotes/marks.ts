// Pairs quotation marks into quotations in one linear pass, telling apostrophes apart from single quotes.
import { hasLetterOrDigit } from '../chars';
import { countAtOrBefore, countEndingBefore, countStartingBefore } from '../spans';
import type { MarkStyle, Span } from '../types';

export interface QuoteSpan extends Span {
  /** The opening mark as written (“ " « „ ”). */
  open: string;
  /** Single quotes (or, inside « » and „ “, double quotes) nested in this quotation. */
  nested: Span[];
  /** Whether any mark of it is a straight quote. */
  straight: boolean;
  /** Start offsets of the paragraphs that continue it (multi-paragraph quotations). */
  continued: number[];
}

export interface MarkProblem extends Span {
  kind: 'unclosed' | 'stray';
  mark: string;
}

/** The typographic marks a straight one can stand for, indexed by the low two bits of a straight mark's code. */
export const TYPOGRAPHIC = ['“', '”', '‘', '’'] as const;
type Typographic = (typeof TYPOGRAPHIC)[number];

export interface MarkScan {
  quotes: QuoteSpan[];
  /** The first MAX_PROBLEMS_KEPT unbalanced marks, in document order. */
  problems: MarkProblem[];
  /** How many unbalanced marks there are in all. */
  problemCount: number;
  /**
   * Every straight quote or apostrophe in the body with the typographic mark it should be, each as one number
   * (offset × 4 + index in TYPOGRAPHIC) so that a megabyte of marks costs no object per mark.
   */
  straightMarks: number[];
  /** How the text uses its marks, as read here (or as given). */
  style: MarkStyle;
}

interface Open {
  at: number;
  mark: string;
  nested: Span[];
  straight: boolean;
  continued: number[];
}

interface InnerOpen {
  at: number;
  mark: string;
}

// Invisible formatting characters (directional marks, zero-width spaces) count as the space before an opening mark.
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;\p{Cf}]/u;

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /\s/u.test(c);
}

/** Whether the mark at i can open a quotation: nothing or a space/opening punctuation before, text after. */
function looksOpening(text: string, i: number, start: number): boolean {
  const before = i > start ? text[i - 1] : undefined;
  const after = text[i + 1];
  return (before === undefined || OPENING_CONTEXT.test(before)) && after !== undefined && !/\s/u.test(after);
}

/** Whether a single mark is an apostrophe: won’t, Kyiv’s, ’90s, rock ’n’ roll, leaders’ (at a word's end). */
function isApostrophe(text: string, i: number, start: number, end: number): boolean {
  const before = i > start ? text[i - 1] : undefined;
  const after = i + 1 < end ? text[i + 1] : undefined;
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return true;
  // ’90s, ’em, ’til: an elided word start.
  if (/^\d\ds\b|^\d\d\b/.test(text.slice(i + 1, i + 4))) return true;
  if (/^(?:em|til|cause|n)(?![\p{L}])/u.test(text.slice(i + 1, i + 7)) && isSpaceOrStart(before)) return true;
  // The ’ after “rock ’n”.
  if (before === 'n' && i >= 2 && /['’‘]/.test(text[i - 2])) return true;
  return false;
}

/** Whether a closing double mark (” or a closing-position ") follows in the paragraph before any opening one. */
function closerAhead(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === '“') return false;
    if (c === '”') return true;
    if (c === '"') return !looksOpening(text, j, from);
  }
  return false;
}

/** Whether the double mark at i follows feet and inches (6’2”, 5'11", 5' 10"): an inch sign. */
function isInchMark(text: string, i: number, start: number): boolean {
  let j = i - 1;
  if (j < start || !isDigit(text.charCodeAt(j))) return false;
  if (j - 1 >= start && isDigit(text.charCodeAt(j - 1))) j--;
  if (text[j - 1] === ' ') j--;
  const foot = text[j - 1];
  return j - 2 >= start && (foot === '’' || foot === "'") && isDigit(text.charCodeAt(j - 2));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether the paragraph's first double mark closes a quotation opened with `mark` right after a comma or a sentence's
 * end: ” for “, a straight mark in closing position for a straight one.
 */
function closesQuotedSentence(text: string, from: number, end: number, mark: string): boolean {
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === '”') return mark === '“' && /[,.!?]/.test(text[j - 1] ?? '');
    if (c === '"') return mark === '"' && /[,.!?]/.test(text[j - 1] ?? '') && (j + 1 >= end || /[\s.,;:!?)\]—–]/u.test(text[j + 1]));
    if (c === '“') return false;
  }
  return false;
}

/** Whether two closing marks ” follow in the paragraph with no opening “ before or between them. */
function twoClosersAhead(text: string, from: number, end: number): boolean {
  let closers = 0;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === '“') return false;
    if (c === '”' && ++closers === 2) return true;
  }
  return false;
}

/**
 * Whether the other style of double mark, opened just before `from`, closes in the paragraph and the quotation opened
 * with `outer` closes after it, or goes on into the next paragraph (`continued`): " then ” inside “…”, ” then "
 * inside "…".
 */
function closedInside(text: string, from: number, end: number, outer: string, continued: boolean): boolean {
  const innerClose = outer === '“' ? '"' : '”';
  const outerClose = outer === '“' ? '”' : '"';
  const j = text.indexOf(innerClose, from);
  if (j < 0 || j >= end || looksOpening(text, j, from)) return false;
  const k = text.indexOf(outerClose, j + 1);
  if (k >= 0 && k < end) return !text.slice(j + 1, k).includes(outer);
  return continued && !text.slice(j + 1, end).includes(outer);
}

/**
 * Whether the next double mark in the paragraph is a straight one in closing position, and after it a mark closes or
 * the paragraph ends and the next one (`continued`) reopens: a quotation nested in a straight one closes there, and
 * the outer one at its own closing mark. Otherwise the outer one may have been left open, and the marks are read as
 * they come.
 */
function nestedCloserAhead(text: string, from: number, end: number, continued: boolean): boolean {
  let closer = -1;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (closer >= 0) return c === '”' || (c === '"' && !looksOpening(text, j, from));
    if (c !== '"' || looksOpening(text, j, from)) return false;
    closer = j;
  }
  return closer >= 0 && continued;
}

/**
 * A straight mark after a sentence's end (and any single mark closing a quotation in it) and a space, before a capital
 * or a number: it reopens rather than closes (a paragraph break lost inside the quotation).
 */
function reopensAfterSentence(text: string, i: number, end: number): boolean {
  const stop = /['’]/.test(text[i - 2] ?? '') ? i - 3 : i - 2;
  return stop >= 0 && /\s/u.test(text[i - 1]) && /[.?!]/.test(text[stop]) && i + 1 < end && /[\p{Lu}\p{N}]/u.test(text[i + 1]);
}

/** How many unbalanced marks are kept one by one; the rest are only counted. */
export const MAX_PROBLEMS_KEPT = 1001;

/** The first character the scanner acts on (" ' « » „ ‹ › ‘ ’ “ ”) at or after `from`, or text.length. */
function markAtOrAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xab ? c === 34 || c === 39 || c === 0xab : c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b) || c === 0x2039 || c === 0x203a) return i;
  }
  return text.length;
}

/** The marks that, opening a paragraph, reopen a quotation left open at the end of the one before. */
const REOPENING = ['“', '"', '«', '„', '»'];

const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“”', '”': '”' };

/**
 * Scans the paragraphs of the body. A quotation left open at a paragraph's end continues when the next paragraph
 * opens with a quotation mark; otherwise its opening mark is reported as unclosed. In copy that quotes with single
 * marks (‘We will,’ he said, as British papers write), single and double marks swap roles for the scan.
 */
export function scanMarks(text: string, paragraphs: Span[], headline: Span | null = null, given?: MarkStyle, doubledApostrophes = false): MarkScan {
  const scan = scanIn(text, paragraphs, headline, given, doubledApostrophes);
  if (given) scan.style = { ...given, typographic: given.typographic || scan.style.typographic };
  return scan;
}

function scanIn(text: string, paragraphs: Span[], headline: Span | null, given: MarkStyle | undefined, doubledApostrophes: boolean): MarkScan {
  const bodyStart = paragraphs.length > 0 ? paragraphs[0].start : text.length;
  if (given ? given.wire : text.includes('``', bodyStart) || (doubledApostrophes && text.includes("''", bodyStart))) return scanWireMarks(text, paragraphs, doubledApostrophes);
  const body = given?.singles === false ? [] : singleQuoteStyle(text, paragraphs, headline, given?.singles);
  // A headline quotes with single marks in any copy: "Rover deal 'may cost 2,000 jobs'".
  const head = headlineSingles(text, paragraphs, headline);
  const singles = [...head, ...body];
  if (!body.length) {
    // Copy that quotes with double marks still sets a word or two apart in single ones (an economic 'miracle'):
    // quotations of their own outside the double-quoted ones, read after them so as not to change their pairing.
    const scan = singles.length ? swapAndScan(text, paragraphs, singles) : scanDoubles(text, paragraphs);
    addSetApart(text, paragraphs, headline, scan);
    return scan;
  }
  const scan = swapAndScan(text, paragraphs, singles);
  scan.style.singles = true;
  return scan;
}

/** Scans with the single marks at `singles` (pairs, in order) read as double marks and double marks in them as single. */
function swapAndScan(text: string, paragraphs: Span[], singles: number[]): MarkScan {
  // In document order: a sorted list costs less than a set when every other character is a mark.
  const swapped: number[] = [];
  const parts: string[] = [];
  let from = 0;
  const swap = (at: number, mark: string) => {
    parts.push(text.slice(from, at), mark);
    from = at + 1;
    swapped.push(at);
  };
  // Double marks inside a single-quoted quotation nest in it; elsewhere they stay quotation marks.
  let k = 0;
  for (let i = nextDoubleOrSingle(text, 0); i < text.length; i = nextDoubleOrSingle(text, i + 1)) {
    if (singles[k] === i) {
      k++;
      swap(i, text[i] === "'" ? '"' : text[i] === '‘' ? '“' : '”');
    } else if (k % 2 === 1 && (text[i] === '“' || text[i] === '”' || text[i] === '"')) swap(i, text[i] === '"' ? "'" : text[i] === '“' ? '‘' : '’');
  }
  parts.push(text.slice(from));
  const scan = scanDoubles(parts.join(''), paragraphs);
  for (const q of scan.quotes) q.open = text[q.start];
  for (const problem of scan.problems) problem.mark = text[problem.start];
  // A straight mark that was read in the other role is typeset in its own: ' as ‘ or ’, " as “ or ”.
  scan.straightMarks = scan.straightMarks.map((code) => (sortedIncludes(swapped, code >> 2) ? code ^ 2 : code));
  return scan;
}

/** Adds the pairs of single marks outside the scan's quotations, and after no mark left open in their paragraph. */
function addSetApart(text: string, paragraphs: Span[], headline: Span | null, scan: MarkScan): void {
  const words = pairedSingles(text, paragraphs, headline);
  if (!words.length) return;
  const open = scan.problems.filter((p) => p.kind === 'unclosed');
  const paragraphOf = (at: number) => countStartingBefore(paragraphs, at, true);
  const afterOpen = (at: number) => {
    const n = countStartingBefore(open, at) - 1;
    return n >= 0 && paragraphOf(open[n].start) === paragraphOf(at);
  };
  const wire: number[] = [];
  for (let i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) wire.push(i);
  const added: QuoteSpan[] = [];
  for (let n = 0; n + 1 < words.length; n += 2) {
    const [start, close] = [words[n], words[n + 1]];
    if (insideAny(scan.quotes, start, close) || afterOpen(start) || insideWireMarks(wire, paragraphs, start)) continue;
    added.push({ start, end: close + 1, open: text[start], nested: [], straight: text[start] === "'" || text[close] === "'", continued: [] });
  }
  if (!added.length) return;
  scan.quotes = [...scan.quotes, ...added].sort((a, b) => a.start - b.start);
}

/** Whether an odd number of wire copy's '' marks (offsets in `wire`) come before `at` in its paragraph. */
function insideWireMarks(wire: number[], paragraphs: Span[], at: number): boolean {
  const para = paragraphs[Math.max(0, countStartingBefore(paragraphs, at, true) - 1)];
  return (countAtOrBefore(wire, at) - countAtOrBefore(wire, para.start - 1)) % 2 === 1;
}

/** Whether [from, to] lies in one of the (sorted, disjoint) quotations, or across one's edge. */
function insideAny(quotes: Span[], from: number, to: number): boolean {
  const n = countStartingBefore(quotes, to, false) - 1;
  return n >= 0 && quotes[n].end > from;
}

/** The single marks that pair in the body's paragraphs (after the headline), in order. */
function pairedSingles(text: string, paragraphs: Span[], headline: Span | null): number[] {
  const result: number[] = [];
  const first = paragraphs.length && paragraphs[0].start === headline?.start ? 1 : 0;
  if (first >= paragraphs.length) return result;
  SINGLE_MARK.lastIndex = paragraphs[first].start;
  let match = SINGLE_MARK.exec(text);
  for (let p = first; p < paragraphs.length && match; p++) {
    const para = paragraphs[p];
    while (match && match.index < para.start) match = SINGLE_MARK.exec(text);
    let opener = -1;
    for (; match && match.index < para.end; match = SINGLE_MARK.exec(text)) opener = pairSingle(text, match.index, para, opener, result);
  }
  return result;
}

/** The single marks that pair into quotations in the headline opening the body. */
function headlineSingles(text: string, paragraphs: Span[], headline: Span | null): number[] {
  const result: number[] = [];
  if (!headline || paragraphs[0]?.start !== headline.start) return result;
  let opener = -1;
  for (let i = headline.start; i < headline.end; i++) {
    const c = text[i];
    if (c === "'" || c === '‘' || c === '’') opener = pairSingle(text, i, headline, opener, result);
  }
  return result;
}

function sortedIncludes(sorted: number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value;
}

/**
 * Wire copy (LDC news text) quotes ``like this'', archive copy ''like this'' (read with `doubledApostrophes`): each pair
 * of marks is read as one double mark, written over its first (opening) or second (closing) character with a joiner
 * over the other, so that offsets stay the same. There '' opens where a word follows it after a space, a bracket, a dash
 * or the paragraph's start.
 */
function scanWireMarks(text: string, paragraphs: Span[], doubledApostrophes: boolean): MarkScan {
  // ''' closing is a nested single mark's close and then the double one.
  const wire = text.replace(/``|'''?/g, (marks, at: number) => {
    if (marks === '``' || (doubledApostrophes && wireOpening(text, at))) return marks === "'''" ? "“\u2060'" : '“\u2060';
    return marks === "'''" ? "'\u2060”" : '\u2060”';
  });
  const scan = scanDoubles(wire, paragraphs);
  // ``… left open at a sentence's end and ``… reopened: a paragraph break lost in the copy, so one quotation.
  scan.problems = scan.problems.filter((problem) => {
    if (problem.kind !== 'unclosed' || !wireOpener(text, problem.start)) return true;
    const next = scan.quotes[countStartingBefore(scan.quotes, problem.start, true)];
    const between = next ? text.slice(problem.start + 2, next.start) : '';
    if (!next || !wireOpener(text, next.start) || !/[.?!]\s+$/.test(between) || /``|''|["“”]/.test(between)) return true;
    next.start = problem.start;
    scan.problemCount--;
    return false;
  });
  for (const q of scan.quotes) q.open = openingMark(text, q.start);
  for (const problem of scan.problems) {
    problem.mark = text[problem.start];
    if (problem.mark === '`' || problem.mark === "'") problem.mark += problem.mark;
  }
  scan.style = { wire: true, singles: false, typographic: /[“”«»„‘’‹›]/.test(text.slice(paragraphs[0].start)) };
  return scan;
}

/** The mark that opens the quotation at `at`: two characters for wire and archive copy's `` and ''. */
export function openingMark(text: string, at: number): string {
  return wireOpener(text, at) ? text.slice(at, at + 2) : text[at];
}

function wireOpener(text: string, at: number): boolean {
  return text.startsWith('``', at) || (text.startsWith("''", at) && wireOpening(text, at));
}

/** Whether the '' at `at` opens a quotation: a space, a bracket, a dash or nothing before it, a word after it. */
export function wireOpening(text: string, at: number): boolean {
  const after = text[at + 2] === "'" ? at + 3 : at + 2;
  return (at === 0 || /[\s([—–-]/u.test(text[at - 1])) && /[^\s'’]/u.test(text[after] ?? ' ');
}

/** The words of a quotation, without its marks (two characters each for wire copy's `` and ''). */
export function quotedWords(text: string, span: Span): string {
  const wire = wireOpener(text, span.start);
  return text.slice(span.start + (wire ? 2 : 1), span.end - (wire && text.startsWith("''", span.end - 2) ? 2 : 1));
}

function nextDoubleOrSingle(text: string, from: number): number {
  DOUBLE_OR_SINGLE.lastIndex = from;
  return DOUBLE_OR_SINGLE.exec(text)?.index ?? text.length;
}

const DOUBLE_OR_SINGLE = /["“”'‘’]/g;
const DOUBLE_MARKS = /["“”«»„]|''|``/g;
const SINGLE_MARK = /['‘’]/g;

/**
 * The single marks (offsets, in order) that pair into quotations when the copy quotes with single marks: paired
 * single marks outnumber the double marks, which then only nest (or `singles` says the document does). Empty for copy
 * that quotes with double marks. The headline opening the body is left out: it quotes in headline style, with no cue
 * to attribute by.
 */
function singleQuoteStyle(text: string, paragraphs: Span[], headline: Span | null, singles?: boolean): number[] {
  const result = pairedSingles(text, paragraphs, headline);
  if (!result.length || singles) return result;
  let doubles = 0;
  DOUBLE_MARKS.lastIndex = paragraphs[0].start;
  while (DOUBLE_MARKS.exec(text) && doubles < result.length) doubles++;
  return doubles < result.length ? result : [];
}

/** Reads the single mark at i given the paragraph's pending opener; adds a pair to `result`; returns the opener. */
function pairSingle(text: string, i: number, para: Span, opener: number, result: number[]): number {
  const c = text[i];
  // Two straight marks ('') stand for a double one in wire copy.
  if (isApostrophe(text, i, para.start, para.end) || (c === "'" && (text[i - 1] === "'" || text[i + 1] === "'"))) return opener;
  if (c !== '’' && looksOpening(text, i, para.start)) return i;
  if (opener < 0 || c === '‘' || !closingSingle(text, i, para)) return opener;
  // ‘The leaders’ meeting was good,’: after a plural and before a space, a mark that another closer follows in the
  // sentence is an apostrophe.
  if (text[i - 1] === 's' && /\s/u.test(text[i + 1] ?? '') && closerFollows(text, i + 1, para)) return opener;
  result.push(opener, i);
  return -1;
}

/** Whether the single mark at i is in closing position: after a non-space, before a space, punctuation or the end. */
function closingSingle(text: string, i: number, para: Span): boolean {
  return i > para.start && !/\s/u.test(text[i - 1]) && (i + 1 >= para.end || /[\s.,;:!?)\]—–]/u.test(text[i + 1]));
}

/** Whether a single mark in closing position comes, in the sentence, before any single mark in opening position. */
function closerFollows(text: string, from: number, para: Span): boolean {
  for (let j = from; j < para.end; j++) {
    const c = text[j];
    if ((c === '.' || c === '!' || c === '?') && /\s/u.test(text[j + 1] ?? '')) return false;
    if ((c !== "'" && c !== '‘' && c !== '’') || isApostrophe(text, j, para.start, para.end)) continue;
    if (c !== '’' && looksOpening(text, j, para.start)) return false;
    if (c !== '‘' && closingSingle(text, j, para)) return true;
  }
  return false;
}

// A markup tag with attributes (<tweet author="…">, <a href=”…”>), which may run over a line break.
const MARKUP_TAG = /<[A-Za-z][\w:-]*\s[^<>]*=[^<>]*>/g;

/** The markup tags with attributes in the text, in order: their quoted values are no quotations. */
function markupTags(text: string): Span[] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(MARKUP_TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function scanDoubles(text: string, paragraphs: Span[]): MarkScan {
  const quotes: QuoteSpan[] = [];
  const tags = markupTags(text);
  const problems: MarkProblem[] = [];
  const straightMarks: number[] = [];
  let typographic = false;
  let open = null as Open | null;
  let inner: InnerOpen | null = null;

  const straightMark = (at: number, replacement: Typographic) => {
    straightMarks.push(at * 4 + TYPOGRAPHIC.indexOf(replacement));
  };
  // The first quotation mark at or after an offset (text.length when none), remembered while the paragraphs before
  // it are passed.
  let searched = 0;
  let found = -1;
  const nextMark = (from: number): number => {
    if (found < from || from < searched) {
      searched = from;
      found = markAtOrAfter(text, from);
    }
    return found;
  };
  let problemCount = 0;
  const problem = (at: number, kind: MarkProblem['kind'], mark: string) => {
    if (problemCount++ < MAX_PROBLEMS_KEPT) problems.push({ start: at, end: at + 1, kind, mark });
  };
  const unclosed = (o: Open) => problem(o.at, 'unclosed', o.mark);
  // Marks around no words ("", “ ”, “…”) pair up but quote nothing.
  const close = (o: Open, end: number, straight: boolean) => {
    if (hasLetterOrDigit(text, o.at, end)) quotes.push({ start: o.at, end, open: o.mark, nested: o.nested, straight, continued: o.continued });
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (open) {
      // A continued quotation: this paragraph's opening mark reopens it.
      const c = text[i];
      if (REOPENING.includes(c)) {
        open.continued.push(para.start);
        if (c === '"') straightMark(i, '“');
        i++;
      } else if ((open.mark === '“' || open.mark === '"') && closesQuotedSentence(text, i, para.end, open.mark)) {
        // “… since George Bush’s election in. / 1988. The one element …,” he says. — a line broken inside the
        // quotation (hard-wrapped copy, a signed post): it goes on to the closing mark (after a comma or a sentence's
        // end) in the next paragraph.
        open.continued.push(para.start);
      } else {
        unclosed(open);
        open = null;
      }
    }
    inner = null;
    // Only quotation marks matter: the loop goes from one to the next.
    for (i = nextMark(i); i < para.end; i = nextMark(i + 1)) {
      if (tags.length && countEndingBefore(tags, i) < countStartingBefore(tags, i)) continue;
      const c = text[i];
      switch (c) {
        case '“':
        case '”':
        case '«':
        case '»':
        case '„':
        case '‹':
        case '›':
          typographic = true;
          break;
        case '"':
        case "'":
        case '‘':
        case '’':
          break;
        default:
          continue;
      }
      // 6’2” and 5'11": feet and inches, no quotation mark.
      if ((c === '”' || c === '"') && isInchMark(text, i, para.start)) continue;
      if (c === "'" || c === '‘' || c === '’') {
        if (c === '‘' || c === '’') typographic = true;
        if (isApostrophe(text, i, para.start, para.end)) {
          if (c === "'") straightMark(i, '’');
          continue;
        }
        if (open && !inner && c !== '’' && looksOpening(text, i, para.start)) {
          if (c === "'") straightMark(i, '‘');
          inner = { at: i, mark: c };
        } else if (open && inner && (inner.mark === "'" || inner.mark === '‘') && !isLetterOrDigit(text[i + 1])) {
          open.nested.push({ start: inner.at, end: i + 1 });
          if (c === "'") straightMark(i, '’');
          inner = null;
        } else if (open && !inner && c === '’' && open.mark === '“' && /[.!?,]/.test(text[i - 1] ?? '') && (i + 1 >= para.end || /\s/.test(text[i + 1])) && !closerAhead(text, i + 1, para.end)) {
          // “Let’s go.’ — a single mark typed for the double one closes the quotation when no other closer follows.
          close(open, i + 1, open.straight);
          open = null;
        } else if (c === "'") {
          // Outside a quotation a straight single mark is an apostrophe (or a prime).
          straightMark(i, '’');
        }
        continue;
      }
      if (c === '‹' || c === '›') {
        if (open && !inner && c === '‹') inner = { at: i, mark: c };
        else if (open && inner && inner.mark === '‹' && c === '›') {
          open.nested.push({ start: inner.at, end: i + 1 });
          inner = null;
        }
        continue;
      }
      // Inside « » and „ “, English double quotes are the nested level.
      if (open && (open.mark === '«' || open.mark === '„') && (c === '“' || c === '"' || (c === '”' && inner))) {
        if (open.mark === '„' && !inner && (c === '“' || (c === '"' && !looksOpening(text, i, para.start)))) {
          // „…“ closes here.
        } else {
          if (!inner && (c === '“' || c === '"')) {
            if (c === '"') straightMark(i, '“');
            inner = { at: i, mark: c };
          }
          else if (inner) {
            open.nested.push({ start: inner.at, end: i + 1 });
            if (c === '"') straightMark(i, '”');
            inner = null;
          }
          continue;
        }
      }
      // “We call it "the plan" here,” and "It is about “Equal Justice” now": the other style of double marks nested.
      if (open && !inner && ((open.mark === '“' && c === '"') || (open.mark === '"' && c === '“')) && looksOpening(text, i, para.start)
        && closedInside(text, i + 1, para.end, open.mark, REOPENING.includes(text[paragraphs[p + 1]?.start]))) {
        if (c === '"') straightMark(i, '‘');
        inner = { at: i, mark: c };
        continue;
      }
      // "…he was the "Father of the House" and…": inside a straight quotation, a straight mark between a space and a
      // word opens a quotation nested in it (a space before a word cannot close one) when the marks ahead pair so.
      if (open && !inner && open.mark === '"' && c === '"' && /\s/u.test(text[i - 1]) && isLetterOrDigit(text[i + 1])
        && !reopensAfterSentence(text, i, para.end) && nestedCloserAhead(text, i + 1, para.end, text[paragraphs[p + 1]?.start] === '"')) {
        straightMark(i, '‘');
        inner = { at: i, mark: c };
        continue;
      }
      if (open && inner && inner.mark === '"' && c === '"') {
        open.nested.push({ start: inner.at, end: i + 1 });
        straightMark(i, '’');
        inner = null;
        continue;
      }
      // “He wore a “Settle for Doe” shirt,” she said: the same double marks nested, when two closers follow.
      if (open && open.mark === '“' && !inner && c === '“' && looksOpening(text, i, para.start) && twoClosersAhead(text, i + 1, para.end)) {
        inner = { at: i, mark: c };
        continue;
      }
      if (open && inner && inner.mark === '“' && c === '”') {
        open.nested.push({ start: inner.at, end: i + 1 });
        inner = null;
        continue;
      }
      if (open) {
        const closers: string = CLOSERS[open.mark] ?? '';
        const closes = closers.includes(c) || (c === '"' && open.mark !== '«') || (c === '”' && open.mark !== '«');
        if (closes && c === '"' && open.mark === '"' && reopensAfterSentence(text, i, para.end)) {
          // “…drag hunting. "However, we…" — a paragraph break lost inside a quotation: the quotation goes on.
          straightMark(i, '“');
          continue;
        }
        if (closes) {
          if (c === '"') straightMark(i, '”');
          close(open, i + 1, open.straight || c === '"');
          open = null;
          inner = null;
          continue;
        }
        if (c === '“' && open.mark === '“' && !looksOpening(text, i, para.start) && (i + 1 >= para.end || /[\s.,;:!?()[\]—–]/u.test(text[i + 1]))) {
          // “expedited review“ — an opening mark typed where the closing one belongs.
          close(open, i + 1, open.straight);
          open = null;
          inner = null;
          continue;
        }
        if (c === '“' || c === '«' || c === '„') {
          // A new quotation opens before the last one closed: the earlier mark is unbalanced.
          unclosed(open);
          open = null;
          inner = null;
        } else {
          // » or a reversed mark inside a quotation: a stray mark.
          problem(i, 'stray', c);
          continue;
        }
      }
      // Nothing is open here.
      if (c === '”' || c === '»') {
        // A closing mark used as an opening one (”Yes,” she said) still opens; otherwise it is stray.
        // He says,” there are …” — two closing marks with nothing open pair up.
        // ” … they are not like him,” she said — a quoted fragment opening with an ellipsis.
        const ellipsisAfter = isSpaceOrStart(i > para.start ? text[i - 1] : undefined) && /^\s?(?:…|\.\.\.)/.test(text.slice(i + 1, i + 5));
        if (c === '”' && (looksOpening(text, i, para.start) || ellipsisAfter || (/^\s*\p{L}/u.test(text.slice(i + 1, i + 4)) && closerAhead(text, i + 1, para.end)))) {
          open = { at: i, mark: c, nested: [], straight: false, continued: [] };
        } else problem(i, 'stray', c);
        continue;
      }
      if (c === '"') {
        const before = i > para.start ? text[i - 1] : undefined;
        const after = text[i + 1];
        if (!isSpaceOrStart(before) && !OPENING_CONTEXT.test(before!) && (after === undefined || /[\s.,;:!?)\]]/u.test(after))) {
          // Right after a number with no quotation open, an inch sign ("a 12" record").
          if (isDigit(before!.charCodeAt(0))) continue;
          // A straight mark that can only close: stray.
          straightMark(i, '”');
          problem(i, 'stray', c);
          continue;
        }
        straightMark(i, '“');
        open = { at: i, mark: c, nested: [], straight: true, continued: [] };
        continue;
      }
      open = { at: i, mark: c, nested: [], straight: false, continued: [] };
    }
    if (open && !(p + 1 < paragraphs.length)) {
      unclosed(open);
      open = null;
    }
  }
  if (open) unclosed(open);
  return { quotes, problems, problemCount, straightMarks, style: { wire: false, singles: false, typographic } };
}
