// Find all references: every mention of the leader or person under the cursor, in this article and across the workspace.
import type { Location } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import { entityAt, mentionsOf } from './entities';
import { toRange, type PositionMapper } from './positions';
import type { SymbolSource } from './workspaceSymbols';

export function references(analysis: Analysis, doc: PositionMapper, uri: string, offset: number, others: SymbolSource[], includeDeclaration: boolean): Location[] {
  const entity = entityAt(analysis, offset);
  if (!entity) return [];
  const first = entity.mentions[0];
  const here = entity.mentions.filter((m) => includeDeclaration || m !== first).map((m) => ({ uri, range: toRange(doc, m) }));
  // People outside the knowledge base are matched across articles by name only; leaders by id.
  const elsewhere = others
    .filter((o) => o.uri !== uri)
    .flatMap((o) => mentionsOf(o.analysis, entity.key).map((m) => ({ uri: o.uri, range: toRange(o.document, m) })));
  return [...here, ...elsewhere];
}
