// Finds date and time expressions and resolves them against the reference date.
import type { Article, DateMention, Finding } from './types';

export interface DateOptions {
  /** How to read 03/07/2025. */
  numericOrder: 'month-first' | 'day-first';
}

export function findDates(_article: Article, _options: DateOptions): { dates: DateMention[]; findings: Finding[] } {
  return { dates: [], findings: [] };
}
