// Document highlight: every mention of the leader or person under the cursor.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import { entityAt } from './entities';
import { toRange, type PositionMapper } from './positions';

export function documentHighlights(analysis: Analysis, doc: PositionMapper, offset: number): DocumentHighlight[] {
  const entity = entityAt(analysis, offset);
  if (!entity) return [];
  return entity.mentions.map((m) => ({ range: toRange(doc, m), kind: m.kind === 'name' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
