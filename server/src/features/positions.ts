// Offset <-> position conversion for features; the core speaks offsets only.
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/types';

export interface PositionMapper {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export function toRange(doc: PositionMapper, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** True when the offset is inside the span or touches its end (a cursor right after a word). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
