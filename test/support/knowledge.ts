// The bundled knowledge base, loaded once for all tests.
import { loadBundledKnowledge } from '../../server/src/knowledgeFiles';
import type { KnowledgeBase } from '../../server/src/analysis/knowledge';

let cached: KnowledgeBase | undefined;

export function bundledKnowledge(): KnowledgeBase {
  return (cached ??= loadBundledKnowledge());
}
