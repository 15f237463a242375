// Re-analysis after an edit that looks only at the paragraphs the edit touched.
// The result is the previous analysis outside those paragraphs (offsets shifted) and a fresh analysis inside them.
// Article-wide facts (a leader's mention count, a surname introduced far away) may lag until the next whole pass,
// which the server runs when typing pauses.
import { lineEnd, lineStart } from './lines';
import { countStartingBefore } from './spans';
import type { Analysis, DateMention, Finding, Fix, Leader, Mention, Person, Quote, Span } from './types';

export interface Change {
  /** Where old and new text start to differ. */
  start: number;
  /** End of the replaced part in the old text, and of its replacement in the new text. */
  oldEnd: number;
  newEnd: number;
}

/** The smallest single change that turns `before` into `after` (common prefix and suffix). */
export function changeBetween(before: string, after: string): Change {
  const min = Math.min(before.length, after.length);
  // Whole blocks first (native string comparison), then character by character.
  const BLOCK = 256;
  let start = 0;
  while (start + BLOCK <= min && before.substring(start, start + BLOCK) === after.substring(start, start + BLOCK)) start += BLOCK;
  while (start < min && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd - BLOCK >= start && newEnd - BLOCK >= start && before.substring(oldEnd - BLOCK, oldEnd) === after.substring(newEnd - BLOCK, newEnd)) {
    oldEnd -= BLOCK;
    newEnd -= BLOCK;
  }
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/** The lines around the change, widened by one non-blank line on each side (quotes and speakers cross lines). */
export function windowAround(text: string, change: Change, bodyStart: number, extraLines = 1): Span {
  let start = lineStart(text, change.start);
  let end = lineEnd(text, change.newEnd);
  for (let i = 0; i < extraLines; i++) {
    start = previousNonBlankLine(text, start, bodyStart);
    end = nextNonBlankLineEnd(text, end);
  }
  return { start: Math.max(start, bodyStart), end };
}

/**
 * Builds the analysis of `after` from the analysis of `before` and a fresh analysis of the edited window.
 * `analyzePart` analyses a short text made of the front matter, the opening lines and the window.
 * Returns null when the edit touches the front matter or is too large to be worth it.
 * `previous` is consumed: its dates, mentions, quotes and findings are moved in place into the result (copying them
 * made every edit of a long document leave megabytes for the garbage collector).
 */
export function reanalyzeWindow(previous: Analysis, after: string, analyzePart: (part: string) => Analysis): Analysis | null {
  const before = previous.article.text;
  const change = changeBetween(before, after);
  const bodyStart = previous.article.body.start;
  if (change.start < bodyStart) return null;
  const delta = change.newEnd - change.oldEnd;
  const window = windowAround(after, change, bodyStart);
  if (window.end - window.start > after.length / 4) return null;

  // The opening lines stay in view so that the window sees whom the story introduced.
  const ledeEnd = Math.min(window.start, nthLineEnd(after, bodyStart, 3));
  const joined = ledeEnd >= window.start;
  const part = joined ? after.slice(0, window.end) : `${after.slice(0, ledeEnd)}\n${after.slice(window.start, window.end)}`;
  const windowInPart = joined ? window.start : ledeEnd + 1;
  const fresh = analyzePart(part);
  const fromPart = window.start - windowInPart;

  const oldWindowEnd = window.end - delta;
  const keepOld = (s: Span) => s.end <= window.start || s.start >= oldWindowEnd;
  const shiftOld = (at: number) => (at >= oldWindowEnd ? at + delta : at);
  const inWindow = (s: Span) => s.start >= windowInPart && s.end <= windowInPart + (window.end - window.start);
  const fromWindow = (at: number) => at + fromPart;

  const made = <T extends Span>(items: T[], mover: Mover<T>) => items.filter(inWindow).map((item) => mover(item, fromWindow));
  // Items are in document order: those before the window stay as they are, those after it move by the edit's length.
  const splice = <T extends Span>(items: T[], fresh: T[], mover: Mover<T>, adjust: (item: T) => T = (item) => item): T[] => {
    const firstAtWindow = countStartingBefore(items, window.start);
    const firstAfter = countStartingBefore(items, oldWindowEnd);
    const result = items.slice(0, firstAtWindow).filter(keepOld);
    for (const item of fresh) result.push(item);
    for (let i = firstAfter; i < items.length; i++) result.push(adjust(delta !== 0 ? mover(items[i], shiftOld) : items[i]));
    return result;
  };
  const oldMentions = (mentions: Mention[]) => splice(mentions, [], moveMention);
  const newMentions = (mentions: Mention[]) => made(mentions, moveMention);
  const freshFixes = fixMover(inWindow, fromWindow);
  const oldFixes = fixMover(keepOld, shiftOld);
  const findings = splice(
    previous.findings.filter((f) => !(f.code === 'internal.error' && f.end === 0)),
    fresh.findings.filter(inWindow).map((f) => moveFinding(freshFixes(f), fromWindow)),
    moveFinding,
    oldFixes,
  );

  // The findings are needed at once (diagnostics); the rest is built when first read.
  const analysis = { article: { ...previous.article, text: after, body: { start: bodyStart, end: after.length } }, findings, markStyle: fresh.markStyle } as Analysis;
  return withLazyFields(analysis, {
    dates: () => splice(previous.dates, made(fresh.dates, moveDate), moveDate),
    leaders: () => mergeEntities(previous.leaders, fresh.leaders, (l) => l.id, oldMentions, newMentions) as Leader[],
    people: () => mergeEntities(previous.people, fresh.people, (p) => p.name, oldMentions, newMentions) as Person[],
    quotes: () => splice(previous.quotes, made(fresh.quotes, moveQuote), moveQuote),
  });
}

/** Builds the fields of a quick analysis that were left for later, so that deferred work does not pile up over edits. */
export function settle(analysis: Analysis): void {
  for (const field of ['dates', 'leaders', 'people', 'quotes'] as const) void analysis[field];
}

/** Defines each field as computed on first read and then stored as a plain value. */
function withLazyFields<T extends object>(target: T, fields: { [K in keyof T]?: () => T[K] }): T {
  for (const [key, compute] of Object.entries(fields) as [string, () => unknown][]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = compute();
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  }
  return target;
}

/** Moves the item's span and the spans inside it, in place, and returns it. One function per kind keeps each fast. */
type Mover<T> = (item: T, move: (at: number) => number) => T;

const moveSpan = <S extends Span>(s: S, move: (at: number) => number): S => {
  s.start = move(s.start);
  s.end = move(s.end);
  return s;
};
const moveDate: Mover<DateMention> = moveSpan;
const moveFinding: Mover<Finding> = moveSpan;
const moveMention: Mover<Mention> = (m, move) => {
  if (m.title) moveSpan(m.title, move);
  return moveSpan(m, move);
};
const moveQuote: Mover<Quote> = (q, move) => {
  if (q.speaker) moveSpan(q.speaker, move);
  if (q.cue) moveSpan(q.cue, move);
  if (q.source) moveSpan(q.source, move);
  if (q.nested) for (const n of q.nested) moveSpan(n, move);
  return moveSpan(q, move);
};

/**
 * Fixes survive only when every edit lies in the part that was analysed (a whole-document fix waits for the whole
 * pass). Findings often share one fix (the document-wide quote conversion): each fix is moved once.
 */
function fixMover(inside: (s: Span) => boolean, move: (at: number) => number): (finding: Finding) => Finding {
  const moved = new Map<Fix, Fix | null>();
  const moveFix = (fix: Fix): Fix | null => {
    let result = moved.get(fix);
    if (result === undefined) {
      result = fix.edits.every(inside) ? { ...fix, edits: fix.edits.map((e) => ({ ...e, start: move(e.start), end: move(e.end) })) } : null;
      moved.set(fix, result);
    }
    return result;
  };
  return (finding) => {
    if (!finding.fixes) return finding;
    const fixes = finding.fixes.map(moveFix).filter((fix): fix is Fix => fix !== null);
    finding.fixes = fixes.length ? fixes : undefined;
    return finding;
  };
}

function mergeEntities<E extends { mentions: Mention[] }>(
  previous: E[],
  fresh: E[],
  key: (e: E) => string,
  old: (mentions: Mention[]) => Mention[],
  made: (mentions: Mention[]) => Mention[],
): E[] {
  const merged = new Map<string, E>();
  for (const e of previous) merged.set(key(e), { ...e, mentions: old(e.mentions) });
  for (const e of fresh) {
    const mentions = made(e.mentions);
    if (mentions.length === 0) continue;
    const existing = merged.get(key(e));
    merged.set(key(e), { ...(existing ?? e), mentions: [...(existing?.mentions ?? []), ...mentions].sort((a, b) => a.start - b.start) });
  }
  return [...merged.values()].filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function previousNonBlankLine(text: string, start: number, floor: number): number {
  let pos = start;
  while (pos > floor) {
    const prev = lineStart(text, pos - 1);
    pos = prev;
    if (text.slice(prev, lineEnd(text, prev)).trim()) break;
  }
  return pos;
}

function nextNonBlankLineEnd(text: string, end: number): number {
  let pos = end;
  while (pos < text.length) {
    const next = lineEnd(text, pos + 1);
    const blankLine = !text.slice(pos + 1, next).trim();
    pos = next;
    if (!blankLine) break;
  }
  return pos;
}

function nthLineEnd(text: string, from: number, lines: number): number {
  let pos = from;
  for (let i = 0; i < lines && pos < text.length; i++) pos = lineEnd(text, pos) + 1;
  return Math.min(pos, text.length);
}
