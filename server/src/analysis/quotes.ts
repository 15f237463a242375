// Finds quotations, classifies them and attributes them to their speakers.
import type { Article, Finding, Leader, Person, Quote } from './types';

export interface QuoteContext {
  leaders: Leader[];
  people: Person[];
}

export function findQuotes(_article: Article, _context: QuoteContext): { quotes: Quote[]; findings: Finding[] } {
  return { quotes: [], findings: [] };
}
