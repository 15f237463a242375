// Workspace symbols: leaders, people and quotes across every indexed article ("Putin" lists every story naming him).
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import { toRange, type PositionMapper } from './positions';

export interface SymbolSource {
  uri: string;
  document: PositionMapper;
  analysis: Analysis;
}

const LIMIT = 500;

export function workspaceSymbols(sources: SymbolSource[], query: string): WorkspaceSymbol[] {
  const needle = fold(query.trim());
  const matches = (s: string) => !needle || fold(s).includes(needle);
  const result: WorkspaceSymbol[] = [];
  for (const { uri, document, analysis } of sources) {
    const container = analysis.article.title ?? uri.slice(uri.lastIndexOf('/') + 1);
    for (const leader of analysis.leaders) {
      if (!leader.mentions.length || !(matches(leader.name) || leader.mentions.some((m) => matches(m.text)))) continue;
      result.push({ name: leader.name, kind: SymbolKind.Class, containerName: container, location: { uri, range: toRange(document, leader.mentions[0]) } });
    }
    for (const person of analysis.people) {
      if (!person.mentions.length || !matches(person.name)) continue;
      result.push({ name: person.name, kind: SymbolKind.Variable, containerName: container, location: { uri, range: toRange(document, person.mentions[0]) } });
    }
    for (const quote of analysis.quotes) {
      if (quote.kind === 'scare') continue;
      const speaker = quote.speaker?.leaderId ? analysis.leaders.find((l) => l.id === quote.speaker!.leaderId)?.name : quote.speaker?.name ?? quote.speaker?.text;
      if (!matches(quote.text) && !(speaker && matches(speaker))) continue;
      const name = `${speaker ?? 'Unattributed'}: ${quote.text.length > 60 ? quote.text.slice(0, 59) + '…' : quote.text}`;
      result.push({ name, kind: SymbolKind.String, containerName: container, location: { uri, range: toRange(document, quote) } });
    }
    if (result.length >= LIMIT) break;
  }
  return result.slice(0, LIMIT);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
