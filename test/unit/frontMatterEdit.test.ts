import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/analysis/article';
import { setPublicationDateEdit } from '../../server/src/analysis/frontMatterEdit';

function apply(text: string, date: string): string {
  const edit = setPublicationDateEdit(parseArticle(text), date);
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('set publication date', () => {
  it('replaces an existing date or published field', () => {
    assert.equal(apply('---\ntitle: T\ndate: 2024-01-01\n---\nBody.', '2025-07-03'), '---\ntitle: T\ndate: 2025-07-03\n---\nBody.');
    assert.equal(apply('---\npublished: nope\n---\nBody.', '2025-07-03'), '---\npublished: 2025-07-03\n---\nBody.');
  });

  it('adds the field to front matter without one', () => {
    assert.equal(apply('---\ntitle: T\n---\nBody.', '2025-07-03'), '---\ndate: 2025-07-03\ntitle: T\n---\nBody.');
  });

  it('creates front matter when there is none, and the result parses', () => {
    const result = apply('Body.', '2025-07-03');
    assert.equal(result, '---\ndate: 2025-07-03\n---\nBody.');
    assert.equal(parseArticle(result).referenceDate, '2025-07-03');
  });
});
