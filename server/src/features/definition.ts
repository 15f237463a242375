// Go to definition: from any mention of a leader or person to the first one in the article.
import type { Location } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import { entityAt } from './entities';
import { toRange, type PositionMapper } from './positions';

export function definition(analysis: Analysis, doc: PositionMapper, uri: string, offset: number): Location | null {
  const entity = entityAt(analysis, offset);
  if (!entity) return null;
  const first = entity.mentions.find((m) => m.kind === 'name') ?? entity.mentions[0];
  return { uri, range: toRange(doc, first) };
}
