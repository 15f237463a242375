// Outline: Leaders and other People (with their quotes), Quotes by speaker, and Dates in calendar order.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { officeAsOf } from '../analysis/leaders';
import { timexSortKey } from '../analysis/timexText';
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
  const leaderNames = new Map(analysis.leaders.map((l) => [l.id, l.name]));
  const speakerName = (q: Quote) => (q.speaker?.leaderId ? leaderNames.get(q.speaker.leaderId) : undefined) ?? q.speaker?.name ?? q.speaker?.text;
  const quotesOf = groupBy(analysis.quotes, (q) => (q.kind !== 'scare' ? q.speaker?.leaderId : undefined));

  const groups: Node[] = [];
  const leaders = analysis.leaders
    .filter((l) => l.mentions.length > 0)
    .map((l) => node(l.name, [officeAsOf(l, analysis.article.referenceDate), l.countryName].filter(Boolean).join(', '), SymbolKind.Class, l.mentions[0], (quotesOf.get(l.id) ?? []).map(quoteNode)));
  if (leaders.length) groups.push(node('Leaders', `${leaders.length}`, SymbolKind.Namespace, leaders[0].selection, leaders));

  const quotesByName = groupBy(analysis.quotes, (q) => (q.kind !== 'scare' && !q.speaker?.leaderId ? q.speaker?.name : undefined));
  const people = analysis.people
    .filter((p) => p.mentions.length > 0)
    .map((p) => node(p.name, `${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}`, SymbolKind.Variable, p.mentions[0], (quotesByName.get(p.name) ?? []).map(quoteNode)));
  if (people.length) groups.push(node('People', `${people.length}`, SymbolKind.Namespace, people[0].selection, people));

  const attributed = analysis.quotes.filter((q) => q.kind !== 'scare');
  if (attributed.length) {
    const bySpeaker = groupBy(attributed, (q) => speakerName(q) ?? 'Unattributed');
    const speakers = [...bySpeaker].map(([name, quotes]) =>
      node(name, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`, name === 'Unattributed' ? SymbolKind.Null : SymbolKind.Interface, quotes[0], quotes.map(quoteNode)),
    );
    groups.push(node('Quotes', `${attributed.length}`, SymbolKind.Namespace, attributed[0], speakers));
  }

  const dates = analysis.dates
    .map((d) => ({ d, key: timexSortKey(d.value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.d.start - b.d.start))
    .map(({ d }) => node(d.text, d.value || 'unresolved', d.type === 'DURATION' ? SymbolKind.Number : d.type === 'SET' ? SymbolKind.Array : SymbolKind.Event, d));
  if (dates.length) groups.push(node('Dates', `${dates.length}`, SymbolKind.Namespace, analysis.dates.reduce((a, b) => (b.start < a.start ? b : a)), dates));
  return groups.map((g) => toSymbol(g, doc));
}

/** The items under each key, in order; items without a key are left out. */
function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
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
