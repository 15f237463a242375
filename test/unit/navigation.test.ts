// Definition, references, highlights and rename on leaders and people.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { definition } from '../../server/src/features/definition';
import { documentHighlights } from '../../server/src/features/highlights';
import { references } from '../../server/src/features/references';
import { prepareRename, rename } from '../../server/src/features/rename';
import { parseFixture } from '../support/fixture';
import { analyze, document } from '../support/service';

const story = `
  ---
  date: 2025-07-03
  ---
  Russian President [[Vladimir Putin|m]] met envoys. [[Putin|m]]’s aides said talks would go on.
  [[Putin|m]] later left, and [[the Russian leader|m]] did not comment.
`;

function setup() {
  const { text, marks } = parseFixture(story);
  const doc = document(text);
  return { text, marks, doc, analysis: analyze(text) };
}

describe('navigation', () => {
  it('goes from any mention to the first full name', () => {
    const { marks, doc, analysis } = setup();
    const location = definition(analysis, doc, doc.uri, marks[2].start + 1);
    assert.deepEqual(location, { uri: doc.uri, range: { start: doc.positionAt(marks[0].start), end: doc.positionAt(marks[0].end) } });
  });

  it('finds every mention, names and descriptions, and highlights them', () => {
    const { marks, doc, analysis } = setup();
    const spans = (ranges: { range: { start: never; end: never } }[]) => ranges.map((r) => [doc.offsetAt(r.range.start), doc.offsetAt(r.range.end)]);
    const expected = marks.map((m) => [m.start, m.end]);
    assert.deepEqual(spans(references(analysis, doc, doc.uri, marks[1].start, [], true) as never), expected);
    assert.deepEqual(spans(documentHighlights(analysis, doc, marks[3].start + 2) as never), expected);
  });

  it('finds references in other articles of the workspace', () => {
    const { marks, doc, analysis } = setup();
    const otherText = '---\ndate: 2025-07-04\n---\nThe Kremlin said Vladimir Putin would travel.\n';
    const other = { uri: 'file:///other.article', document: document(otherText, 'file:///other.article'), analysis: analyze(otherText) };
    const found = references(analysis, doc, doc.uri, marks[0].start, [other], true).filter((l) => l.uri === other.uri);
    assert.equal(found.length, 1);
    assert.equal(otherText.slice(other.document.offsetAt(found[0].range.start), other.document.offsetAt(found[0].range.end)), 'Vladimir Putin');
  });

  it('renames full names and surnames, keeping possessives and descriptions', () => {
    const { marks, doc, analysis } = setup();
    assert.equal(prepareRename(analysis, doc, marks[0].start)?.placeholder, 'Vladimir Putin');
    assert.equal(prepareRename(analysis, doc, marks[3].start + 1), null, 'a description is not renamed');
    const edits = rename(analysis, doc, marks[0].start, 'Ivan Petrov')!;
    const renamed = TextDocument.applyEdits(doc as TextDocument, edits);
    assert.match(renamed, /Russian President Ivan Petrov met envoys\. Petrov’s aides/);
    assert.match(renamed, /Petrov later left, and the Russian leader did not/);
  });

  it('answers nothing away from people', () => {
    const { text, doc, analysis } = setup();
    const offset = text.indexOf('envoys');
    assert.equal(definition(analysis, doc, doc.uri, offset), null);
    assert.deepEqual(documentHighlights(analysis, doc, offset), []);
  });
});
