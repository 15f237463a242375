// Outline: Leaders (with their quotes), Quotes by speaker, and Dates in calendar order.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { compareTimex } from '../analysis/timexText';
import type { Analysis, Quote, Span } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

export function documentSymbols(analysis: Analysis, doc: PositionMapper): DocumentSymbol[] {
  const symbol = (name: string, detail: string, kind: SymbolKind, span: Span, children: DocumentSymbol[] = []): DocumentSymbol => {
    const selectionRange = toRange(doc, span);
    const covered = [span, ...children.map((c) => ({ start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end) }))];
    const range = toRange(doc, { start: Math.min(...covered.map((s) => s.start)), end: Math.max(...covered.map((s) => s.end)) });
    return { name: name || '(empty)', detail, kind, range, selectionRange, children };
  };
  const quoteSymbol = (q: Quote) => symbol(truncate(q.text, 60), q.cue?.text ?? q.kind, SymbolKind.String, q);
  const speakerName = (q: Quote) => (q.speaker?.leaderId ? analysis.leaders.find((l) => l.id === q.speaker!.leaderId)?.name : undefined) ?? q.speaker?.name ?? q.speaker?.text;

  const groups: DocumentSymbol[] = [];
  const leaders = analysis.leaders
    .filter((l) => l.mentions.length > 0)
    .map((l) => {
      const quotes = analysis.quotes.filter((q) => q.kind !== 'scare' && q.speaker?.leaderId === l.id);
      return symbol(l.name, [l.office, l.countryName].filter(Boolean).join(', '), SymbolKind.Class, l.mentions[0], quotes.map(quoteSymbol));
    });
  if (leaders.length) groups.push(group('Leaders', `${leaders.length}`, SymbolKind.Namespace, leaders));

  const attributed = analysis.quotes.filter((q) => q.kind !== 'scare');
  if (attributed.length) {
    const bySpeaker = new Map<string, Quote[]>();
    for (const q of attributed) {
      const name = speakerName(q) ?? 'Unattributed';
      bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), q]);
    }
    const speakers = [...bySpeaker].map(([name, quotes]) =>
      symbol(name, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`, name === 'Unattributed' ? SymbolKind.Null : SymbolKind.Interface, quotes[0], quotes.map(quoteSymbol)),
    );
    groups.push(group('Quotes', `${attributed.length}`, SymbolKind.Namespace, speakers));
  }

  const dates = [...analysis.dates]
    .sort((a, b) => compareTimex(a.value, b.value) || a.start - b.start)
    .map((d) => symbol(d.text, d.value || 'unresolved', d.type === 'DURATION' ? SymbolKind.Number : d.type === 'SET' ? SymbolKind.Array : SymbolKind.Event, d));
  if (dates.length) groups.push(group('Dates', `${dates.length}`, SymbolKind.Namespace, dates));
  return groups;
}

function group(name: string, detail: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const starts = children.map((c) => c.range.start);
  const ends = children.map((c) => c.range.end);
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line - b.line || a.character - b.character;
  const start = starts.sort(before)[0];
  const end = ends.sort(before)[ends.length - 1];
  const firstSelection = [...children].sort((a, b) => before(a.selectionRange.start, b.selectionRange.start))[0].selectionRange;
  return { name, detail, kind, range: { start, end }, selectionRange: firstSelection, children };
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
