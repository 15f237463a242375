// Lines of an article's text, split at '\n' (a '\r' before it stays in the line).

/** Where the line holding `pos` starts. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Where the line holding `pos` ends: its '\n', or the end of the text. */
export function lineEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline < 0 ? text.length : newline;
}
