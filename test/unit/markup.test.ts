import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { blankMarkdownCode } from '../../server/src/analysis/markup';

/** `source` with «…» around what must be blanked; checks the blanking and that offsets and line breaks are kept. */
function check(source: string): void {
  const text = source.replace(/[«»]/g, '');
  const expected = source.replace(/«([^»]*)»/g, (_, code: string) => code.replace(/[^\r\n]/g, ' '));
  const blanked = blankMarkdownCode(text);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked, expected);
}

describe('Markdown code is blanked', () => {
  it('fenced code blocks, with backticks or tildes, closed by a fence at least as long', () => {
    check('Before "a quote".\n«```js\nconst s = "not a quote";\n```»\nAfter, on Friday.\n');
    check('«~~~~\n``` still code\n~~~~»\nText.');
    check('Text.\n«```\nan unclosed fence runs to the end "x\n»');
  });

  it('inline code spans, paired by the length of their backtick runs, within a paragraph', () => {
    check('Set «`date: 2025-07-03`» and «``a ` b``» in the file.');
    check('A lone ` stays.\n\nSo does a pair across paragraphs: `a\n\nb` here.');
    check('Escaped \\`not code` stays text.');
  });

  it("leaves wire copy's ``…'' alone, and text without code as it is", () => {
    const wire = "He said ``we will go'' and left.";
    assert.equal(blankMarkdownCode(wire), wire);
    const plain = 'No code "here" at all.';
    assert.equal(blankMarkdownCode(plain), plain);
  });
});
