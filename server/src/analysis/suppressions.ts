// Ignore comments: `<!-- newslens-disable-next-line code… -->`, `<!-- newslens-disable code… -->` …
// `<!-- newslens-enable code… -->`. Without codes they apply to every rule; a code may name a family (`quote`).
import { lineEnd, lineStart } from './lines';
import type { Finding, Span } from './types';

interface Region extends Span {
  codes: string[] | null;
}

// The rule list is bounded so that an unclosed comment cannot make the scan quadratic.
const COMMENT = /<!--[ \t]*newslens-(disable-next-line|disable-line|disable|enable)\b([^>\n]{0,300}?)-->/g;

export function findSuppressions(text: string): Region[] {
  const regions: Region[] = [];
  const open = new Map<string, number>();
  let m: RegExpExecArray | null;
  COMMENT.lastIndex = 0;
  while ((m = COMMENT.exec(text))) {
    const codes = m[2].split(/[\s,]+/).filter(Boolean);
    const key = codes.length ? codes : ['*'];
    const directive = m[1];
    if (directive === 'disable-next-line') {
      const end = lineEnd(text, m.index + m[0].length);
      regions.push({ start: end + 1, end: lineEnd(text, end + 1), codes: codes.length ? codes : null });
    } else if (directive === 'disable-line') {
      regions.push({ start: lineStart(text, m.index), end: lineEnd(text, m.index), codes: codes.length ? codes : null });
    } else if (directive === 'disable') {
      for (const code of key) if (!open.has(code)) open.set(code, m.index);
    } else {
      for (const code of key) {
        const start = open.get(code);
        if (start === undefined) continue;
        regions.push({ start, end: m.index, codes: code === '*' ? null : [code] });
        open.delete(code);
      }
    }
  }
  for (const [code, start] of open) regions.push({ start, end: text.length, codes: code === '*' ? null : [code] });
  return regions;
}

export function isSuppressed(finding: Finding, regions: Region[]): boolean {
  return regions.some(
    (r) => r.start <= finding.start && finding.start <= r.end && (r.codes === null || r.codes.some((c) => c === finding.code || finding.code.startsWith(c + '.'))),
  );
}
