// Rename a person: every name mention, full names to the new full name and surname-only mentions to the new surname.
import type { Range, TextEdit } from 'vscode-languageserver';
import type { Analysis, Mention } from '../analysis/types';
import { entityAt } from './entities';
import { toRange, type PositionMapper } from './positions';

export function prepareRename(analysis: Analysis, doc: PositionMapper, offset: number): { range: Range; placeholder: string } | null {
  const entity = entityAt(analysis, offset);
  if (!entity || entity.mention.kind !== 'name') return null;
  return { range: toRange(doc, nameSpan(entity.mention)), placeholder: entity.name };
}

export function rename(analysis: Analysis, doc: PositionMapper, offset: number, newName: string): TextEdit[] | null {
  const entity = entityAt(analysis, offset);
  if (!entity) return null;
  const oldWords = entity.name.split(/\s+/);
  const newWords = newName.trim().split(/\s+/);
  const newSurname = newWords[newWords.length - 1];
  return entity.mentions
    .filter((m) => m.kind === 'name')
    .map((m) => {
      const span = nameSpan(m);
      const text = stripPossessive(m.text);
      const words = text.split(/\s+/);
      // A mention of the surname alone gets the new surname; longer mentions get the whole new name.
      const replacement = words.length === 1 && oldWords.length > 1 ? newSurname : newName.trim();
      return { range: toRange(doc, span), newText: replacement };
    });
}

function stripPossessive(text: string): string {
  return text.replace(/['’]s?$/u, '');
}

/** The mention without a possessive ending, which rename keeps. */
function nameSpan(m: Mention): { start: number; end: number } {
  return { start: m.start, end: m.start + stripPossessive(m.text).length };
}
