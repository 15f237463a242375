import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { semanticTokens, semanticTokensLegend } from '../../server/src/features/semanticTokens';
import { parseFixture } from '../support/fixture';
import { analyze, document } from '../support/service';

/** Decodes the tokens to (text, type) pairs and compares them with the marks `[[text|type]]`. */
function check(source: string): void {
  const { text, marks } = parseFixture(source);
  const doc = document(text);
  const { data } = semanticTokens(analyze(text), doc);
  const decoded: { text: string; type: string }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = doc.offsetAt({ line, character });
    const type = semanticTokensLegend.tokenTypes[data[i + 3]];
    decoded.push({ text: text.slice(start, start + data[i + 2]), type: data[i + 4] ? `${type}+declaration` : type });
  }
  assert.deepEqual(decoded, marks.map((m) => ({ text: m.text, type: m.label })));
}

describe('semantic tokens', () => {
  it('colour leaders, descriptions, dates, quotes, speakers and cues without overlaps', () => {
    check(`
      ---
      date: 2025-07-03
      ---
      German Chancellor [[Friedrich Merz|class+declaration]] spoke on [[Monday|number]].
      [[“We meet |string]][[tomorrow|number]][[,”|string]] [[the chancellor|interface]] [[said|keyword]].
    `);
  });

  it('split a quote that runs over two lines into one token per line', () => {
    const { text } = parseFixture('---\ndate: 2025-07-03\n---\n“First line\nand second,” an aide said.\n');
    const { data } = semanticTokens(analyze(text), document(text));
    for (let i = 0; i < data.length; i += 5) assert.ok(data[i + 2] > 0);
  });
});
