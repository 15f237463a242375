// Fixtures as data: a small article written inline, with `[[span|label]]` markers for what must be found.
// Markers nest: `[[“I will talk,”|statement]] [[Putin|speaker]] said`.
// The text is dedented and its first newline dropped, so fixtures can be written as indented template literals.

export interface Mark {
  start: number;
  end: number;
  text: string;
  label: string;
}

export interface Fixture {
  text: string;
  marks: Mark[];
}

export function parseFixture(source: string): Fixture {
  const body = dedent(source);
  let text = '';
  const open: number[] = [];
  const marks: Mark[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('[[', i)) {
      open.push(text.length);
      i++;
      continue;
    }
    if (body[i] === '|' && open.length > 0) {
      const close = body.indexOf(']]', i);
      const label = body.slice(i + 1, close);
      if (close > 0 && !label.includes('[[')) {
        const start = open.pop()!;
        marks.push({ start, end: text.length, text: text.slice(start), label });
        i = close + 1;
        continue;
      }
    }
    text += body[i];
  }
  if (open.length > 0) throw new Error(`fixture: unclosed [[ at text offset ${open[0]}`);
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, marks };
}

function dedent(source: string): string {
  const lines = source.replace(/^\r?\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
