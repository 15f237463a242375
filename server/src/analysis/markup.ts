// Markdown code is no article text: fenced code blocks and inline code spans are blanked (every character but line
// breaks becomes a space), so the detectors skip them and every offset stays the document's.
import { lineEnd } from './lines';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})([^\n]*)$/;

/** What the detectors read of a document in that language: a Markdown document's code blanked, other text as it is. */
export function analysedText(text: string, languageId: string | undefined): string {
  return languageId === 'markdown' ? blankMarkdownCode(text) : text;
}

/** The text with the Markdown code it holds blanked; the same text when it has none. */
export function blankMarkdownCode(text: string): string {
  if (!text.includes('`') && !text.includes('~~~')) return text;
  const blanks: [number, number][] = [];
  let proseStart = 0;
  let pos = 0;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const open = FENCE_OPEN.exec(text.slice(pos, end));
    // A backtick fence's info string has no backtick.
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      inlineCode(text, proseStart, pos, blanks);
      const close = closingFence(text, end + 1, open[1]);
      blanks.push([pos, close]);
      pos = proseStart = close + 1;
      continue;
    }
    pos = end + 1;
  }
  inlineCode(text, proseStart, text.length, blanks);
  if (blanks.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of blanks) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** The end of the line that closes the fence (its length or more of its character), or of the text. */
function closingFence(text: string, from: number, fence: string): number {
  const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`);
  for (let pos = from; pos < text.length; ) {
    const end = lineEnd(text, pos);
    if (close.test(text.slice(pos, end))) return end;
    pos = end + 1;
  }
  return text.length;
}

/**
 * Code spans in [from, to): a run of backticks closed by the next run of the same length in the same paragraph. The
 * runs are paired in one pass: each run's next run of its length is found from the right.
 */
function inlineCode(text: string, from: number, to: number, blanks: [number, number][]): void {
  for (const [start, end] of paragraphs(text, from, to)) {
    const runs: [number, number][] = [];
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) !== 96) continue;
      let j = i;
      while (j < end && text.charCodeAt(j) === 96) j++;
      // A backslash before a run makes its first backtick a literal one.
      if (text[i - 1] !== '\\') runs.push([i, j - i]);
      i = j - 1;
    }
    if (runs.length < 2) continue;
    const next = new Array<number>(runs.length).fill(-1);
    const seen = new Map<number, number>();
    for (let r = runs.length - 1; r >= 0; r--) {
      next[r] = seen.get(runs[r][1]) ?? -1;
      seen.set(runs[r][1], r);
    }
    for (let r = 0; r < runs.length; r++) {
      const closing = next[r];
      if (closing < 0) continue;
      blanks.push([runs[r][0], runs[closing][0] + runs[closing][1]]);
      r = closing;
    }
  }
}

/** Paragraphs of [from, to): runs of lines between blank lines. */
function paragraphs(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let pos = from; pos < to; ) {
    const end = Math.min(lineEnd(text, pos), to);
    if (!text.slice(pos, end).trim()) {
      if (pos > start) out.push([start, pos]);
      start = end + 1;
    }
    pos = end + 1;
  }
  if (start < to) out.push([start, to]);
  return out;
}
