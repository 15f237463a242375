// Semantic tokens with standard types, so that every theme colours leaders, dates, quotes and speakers.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis, Span } from '../analysis/types';
import type { PositionMapper } from './positions';

const TYPES = ['class', 'interface', 'variable', 'number', 'string', 'parameter', 'keyword'] as const;
const MODIFIERS = ['declaration'] as const;
type TokenType = (typeof TYPES)[number];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

interface Token extends Span {
  type: TokenType;
  declaration?: boolean;
}

export function semanticTokens(analysis: Analysis, doc: PositionMapper): SemanticTokens {
  const foreground: Token[] = [];
  for (const leader of analysis.leaders) {
    leader.mentions.forEach((m, i) => foreground.push({ start: m.start, end: m.end, type: m.kind === 'name' ? 'class' : 'interface', declaration: i === 0 }));
  }
  for (const person of analysis.people) for (const m of person.mentions) foreground.push({ start: m.start, end: m.end, type: 'variable' });
  for (const date of analysis.dates) foreground.push({ start: date.start, end: date.end, type: 'number' });
  for (const quote of analysis.quotes) {
    if (quote.speaker) foreground.push({ start: quote.speaker.start, end: quote.speaker.end, type: 'parameter' });
    if (quote.cue) foreground.push({ start: quote.cue.start, end: quote.cue.end, type: 'keyword' });
  }
  // Earlier pushes win where spans overlap: an entity mention beats the speaker span that contains it.
  const tokens = nonOverlapping(foreground);
  for (const quote of analysis.quotes) tokens.push(...gaps(quote, tokens).map((g) => ({ ...g, type: 'string' as const })));
  tokens.sort((a, b) => a.start - b.start);
  return { data: encode(tokens, doc, analysis.article.text) };
}

function nonOverlapping(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  const ranked = tokens.map((t, rank) => ({ t, rank })).sort((a, b) => a.t.start - b.t.start || a.rank - b.rank);
  let end = -1;
  for (const { t } of ranked) {
    if (t.start < end || t.end <= t.start) continue;
    kept.push(t);
    end = t.end;
  }
  return kept;
}

function gaps(span: Span, tokens: Token[]): Span[] {
  const result: Span[] = [];
  let pos = span.start;
  for (const t of tokens) {
    if (t.end <= span.start || t.start >= span.end) continue;
    if (t.start > pos) result.push({ start: pos, end: t.start });
    pos = Math.max(pos, t.end);
  }
  if (pos < span.end) result.push({ start: pos, end: span.end });
  return result;
}

function encode(tokens: Token[], doc: PositionMapper, text: string): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const token of tokens) {
    // LSP tokens may not span lines: split at line breaks.
    let start = token.start;
    while (start < token.end) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 || newline >= token.end ? token.end : newline;
      if (end > start) {
        const { line, character } = doc.positionAt(start);
        data.push(line - prevLine, line === prevLine ? character - prevChar : character, end - start, TYPES.indexOf(token.type), token.declaration ? 1 : 0);
        prevLine = line;
        prevChar = character;
      }
      start = end + 1;
    }
  }
  return data;
}
