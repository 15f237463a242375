// Recognises leaders and other people, links later mentions to them, and checks titles and spellings.
import type { KnowledgeBase } from './knowledge';
import type { Article, Finding, Leader, Person } from './types';

export interface LeaderOptions {
  /** House style: variant spelling -> preferred spelling ("Zelenskyy" -> "Zelensky"). */
  houseSpellings: Record<string, string>;
}

/** Everything derived from the knowledge base once, reused for every article. */
export interface LeaderIndex {
  knowledge: KnowledgeBase;
}

export function buildLeaderIndex(knowledge: KnowledgeBase): LeaderIndex {
  return { knowledge };
}

export function findLeaders(
  _article: Article,
  _index: LeaderIndex,
  _options: LeaderOptions,
): { leaders: Leader[]; people: Person[]; findings: Finding[] } {
  return { leaders: [], people: [], findings: [] };
}
