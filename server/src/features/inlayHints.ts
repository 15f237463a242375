// Inlay hints: the resolved date after each relative expression ("Thursday" → 3 Jul 2025).
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import { describeTimex } from '../analysis/timexText';
import type { Analysis } from '../analysis/types';
import type { PositionMapper } from './positions';

export function inlayHints(analysis: Analysis, doc: PositionMapper, range: Range): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  return analysis.dates
    .filter((d) => d.relative && /^\d{4}/.test(d.value) && d.end >= from && d.end <= to)
    .map((d) => ({
      position: doc.positionAt(d.end),
      label: `→ ${shortValue(d.value)}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${describeTimex(d.value)} · ${d.value}\n${d.explanation}`,
    }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Compact text for a hint: "3 Jul 2025", "week 26 of 2025", "P2W" stays as words. */
export function shortValue(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (m) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
  return describeTimex(value);
}
