// Outline: Leaders (with their quotes), Quotes by speaker, and Dates in calendar order.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { compareTimex } from '../analysis/timexText';
import type { Analysis, Quote, Span } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

/** A symbol in offsets; converted to positions once, at the end. */
interface Node {
  name: string;
  detail: string;
  kind: SymbolKind;
  selection: Span;
  children: Node[];
}

export function documentSymbols(analysis: Analysis, doc: PositionMapper): DocumentSymbol[] {
  const node = (name: string, detail: string, kind: SymbolKind, selection: Span, children: Node[] = []): Node => ({ name, detail, kind, selection, children });
  const quoteNode = (q: Quote) => node(truncate(q.text, 60), q.cue?.text ?? q.kind, SymbolKind.String, q);
  const speakerName = (q: Quote) =>
    (q.speaker?.leaderId ? analysis.leaders.find((l) => l.id === q.speaker!.leaderId)?.name : undefined) ?? q.speaker?.name ?? q.speaker?.text;

  const groups: Node[] = [];
  const leaders = analysis.leaders
    .filter((l) => l.mentions.length > 0)
    .map((l) => {
      const quotes = analysis.quotes.filter((q) => q.kind !== 'scare' && q.speaker?.leaderId === l.id);
      return node(l.name, [l.office, l.countryName].filter(Boolean).join(', '), SymbolKind.Class, l.mentions[0], quotes.map(quoteNode));
    });
  if (leaders.length) groups.push(node('Leaders', `${leaders.length}`, SymbolKind.Namespace, leaders[0].selection, leaders));

  const attributed = analysis.quotes.filter((q) => q.kind !== 'scare');
  if (attributed.length) {
    const bySpeaker = new Map<string, Quote[]>();
    for (const q of attributed) {
      const name = speakerName(q) ?? 'Unattributed';
      const list = bySpeaker.get(name);
      if (list) list.push(q);
      else bySpeaker.set(name, [q]);
    }
    const speakers = [...bySpeaker].map(([name, quotes]) =>
      node(name, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`, name === 'Unattributed' ? SymbolKind.Null : SymbolKind.Interface, quotes[0], quotes.map(quoteNode)),
    );
    groups.push(node('Quotes', `${attributed.length}`, SymbolKind.Namespace, attributed[0], speakers));
  }

  const dates = [...analysis.dates]
    .sort((a, b) => compareTimex(a.value, b.value) || a.start - b.start)
    .map((d) => node(d.text, d.value || 'unresolved', d.type === 'DURATION' ? SymbolKind.Number : d.type === 'SET' ? SymbolKind.Array : SymbolKind.Event, d));
  if (dates.length) groups.push(node('Dates', `${dates.length}`, SymbolKind.Namespace, analysis.dates.reduce((a, b) => (b.start < a.start ? b : a)), dates));
  return groups.map((g) => toSymbol(g, doc));
}

/** The node with a range that covers its selection and all its children. */
function toSymbol(n: Node, doc: PositionMapper): DocumentSymbol {
  const children = n.children.map((c) => toSymbol(c, doc));
  let start = n.selection.start;
  let end = n.selection.end;
  for (const c of n.children) {
    const covered = extent(c);
    if (covered.start < start) start = covered.start;
    if (covered.end > end) end = covered.end;
  }
  return { name: n.name || '(empty)', detail: n.detail, kind: n.kind, range: toRange(doc, { start, end }), selectionRange: toRange(doc, n.selection), children };
}

function extent(n: Node): Span {
  let { start, end } = n.selection;
  for (const c of n.children) {
    const e = extent(c);
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  return { start, end };
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
