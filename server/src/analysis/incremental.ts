// Re-analysis after an edit that looks only at the paragraphs the edit touched.
// The result is the previous analysis outside those paragraphs (offsets shifted) and a fresh analysis inside them.
// Article-wide facts (a leader's mention count, a surname introduced far away) may lag until the next whole pass,
// which the server runs when typing pauses.
import type { Analysis, Finding, Leader, Mention, Person, Quote, Span } from './types';

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
  let start = 0;
  while (start < min && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
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
 * `analyzeMasked` analyses a text of the same length in which everything outside the kept spans is blanked.
 * Returns null when the edit touches the front matter or is too large to be worth it.
 */
export function reanalyzeWindow(previous: Analysis, after: string, analyzeMasked: (masked: string) => Analysis): Analysis | null {
  const before = previous.article.text;
  const change = changeBetween(before, after);
  const bodyStart = previous.article.body.start;
  if (change.start < bodyStart) return null;
  const delta = change.newEnd - change.oldEnd;
  const window = windowAround(after, change, bodyStart);
  if (window.end - window.start > after.length / 4) return null;
  // The opening paragraphs stay visible so that the window sees who the story introduced.
  const lede = { start: bodyStart, end: Math.min(window.start, nthLineEnd(after, bodyStart, 3)) };
  const fresh = analyzeMasked(mask(after, [{ start: 0, end: bodyStart }, lede, window]));

  const oldWindowEnd = window.end - delta;
  const keepOld = (s: Span) => s.end <= window.start || s.start >= oldWindowEnd;
  const inWindow = (s: Span) => s.start >= window.start && s.end <= window.end;
  const shift = <T extends Span>(s: T): T => (s.start >= oldWindowEnd ? { ...s, start: s.start + delta, end: s.end + delta } : s);
  const shiftOptional = <T extends Span>(s: T | undefined): T | undefined => (s ? shift(s) : s);
  const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

  const dates = [...previous.dates.filter(keepOld).map(shift), ...fresh.dates.filter(inWindow)].sort(byStart);
  const quotes = [
    ...previous.quotes.filter(keepOld).map((q): Quote => ({ ...shift(q), speaker: shiftOptional(q.speaker), cue: shiftOptional(q.cue), source: shiftOptional(q.source) })),
    ...fresh.quotes.filter(inWindow),
  ].sort(byStart);
  const findings: Finding[] = [
    ...previous.findings.filter((f) => keepOld(f) && !(f.start === 0 && f.end === 0 && f.code === 'internal.error')).map((f) => ({ ...shift(f), fixes: undefined })),
    ...fresh.findings.filter(inWindow),
  ].sort(byStart);

  const leaders = mergeEntities(
    previous.leaders,
    fresh.leaders,
    (l) => l.id,
    (m) => (keepOld(m) ? shiftMention(m, shift) : null),
    inWindow,
  ) as Leader[];
  const people = mergeEntities(
    previous.people,
    fresh.people,
    (p) => p.name,
    (m) => (keepOld(m) ? shiftMention(m, shift) : null),
    inWindow,
  ) as Person[];
  return { article: { ...fresh.article, text: after }, dates, leaders, people, quotes, findings };
}

function shiftMention(m: Mention, shift: <T extends Span>(s: T) => T): Mention {
  return { ...shift(m), title: m.title ? shift(m.title) : undefined };
}

function mergeEntities<E extends { mentions: Mention[] }>(
  previous: E[],
  fresh: E[],
  key: (e: E) => string,
  keepOld: (m: Mention) => Mention | null,
  inWindow: (m: Mention) => boolean,
): E[] {
  const merged = new Map<string, E>();
  for (const e of previous) {
    const mentions = e.mentions.map(keepOld).filter((m): m is Mention => m !== null);
    merged.set(key(e), { ...e, mentions });
  }
  for (const e of fresh) {
    const mentions = e.mentions.filter(inWindow);
    if (mentions.length === 0) continue;
    const existing = merged.get(key(e));
    merged.set(key(e), { ...(existing ?? e), mentions: [...(existing?.mentions ?? []), ...mentions].sort((a, b) => a.start - b.start) });
  }
  return [...merged.values()].filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The text with every character outside the kept spans turned into a space; line breaks stay. */
function mask(text: string, keep: Span[]): string {
  const spans = keep.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const span of spans) {
    const start = Math.max(span.start, pos);
    if (start > pos) parts.push(blank(text.slice(pos, start)));
    if (span.end > start) parts.push(text.slice(start, span.end));
    pos = Math.max(pos, span.end);
  }
  if (pos < text.length) parts.push(blank(text.slice(pos)));
  return parts.join('');
}

function blank(s: string): string {
  return s.replace(/[^\n]+/g, (run) => ' '.repeat(run.length));
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const n = text.indexOf('\n', pos);
  return n < 0 ? text.length : n;
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
