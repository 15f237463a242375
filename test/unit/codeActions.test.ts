import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { analyze, document } from '../support/service';

const settings = { severities: {}, showAnnotations: true };

/** The actions offered at the first occurrence of `at`, with the diagnostics the editor would send there. */
function actionsAt(text: string, at: string): { actions: CodeAction[]; apply: (title: RegExp) => string } {
  const doc = document(text);
  const analysis = analyze(text);
  const offset = text.indexOf(at);
  const range = { start: doc.positionAt(offset), end: doc.positionAt(offset + at.length) };
  const under = diagnostics(analysis, doc, settings).filter(
    (d: Diagnostic) => doc.offsetAt(d.range.start) <= offset + at.length && doc.offsetAt(d.range.end) >= offset,
  );
  const actions = codeActions(analysis, doc, { uri: doc.uri, range, diagnostics: under, languageId: 'news-article' });
  return {
    actions,
    apply(title) {
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action, `an action matching ${title}; offered: ${actions.map((a) => a.title).join(' | ')}`);
      return TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]);
    },
  };
}

describe('code actions', () => {
  it('correct a weekday that does not match its date', () => {
    const text = '---\ndate: 2025-07-03\n---\nThe summit opens on Thursday, July 4, 2025.\n';
    const fixed = actionsAt(text, 'Thursday').apply(/Friday/);
    assert.match(fixed, /on Friday, July 4, 2025/);
  });

  it('quote a front-matter headline that opens with a quotation mark', () => {
    const text = "---\ntitle: 'No surrender,' says the mayor\ndate: 2025-07-03\n---\nThe mayor spoke.\n";
    assert.match(actionsAt(text, 'says').apply(/Quote the whole value of title/), /^title: "'No surrender,' says the mayor"$/m);
  });

  it('insert the absolute date after a relative one', () => {
    const text = '---\ndate: 2025-07-03\n---\nThe envoy arrived yesterday.\n';
    assert.match(actionsAt(text, 'yesterday').apply(/Insert absolute date/), /arrived yesterday \(2 Jul 2025\)\./);
  });

  it('write an ignore comment that silences the finding', () => {
    const text = '---\ndate: 2025-07-03\n---\nThe summit opens on Thursday, July 4, 2025.\n';
    const ignored = actionsAt(text, 'Thursday').apply(/Ignore date\.weekday-mismatch/);
    assert.match(ignored, /<!-- newslens-disable-next-line date\.weekday-mismatch -->\nThe summit/);
    assert.equal(analyze(ignored).findings.filter((f) => f.code === 'date.weekday-mismatch').length, 0);
  });

  it('convert straight quotes among typographic ones, in the whole document', () => {
    const text = '---\ndate: 2025-07-03\n---\n“We agree,” she said.\n"We do not," he said. It\'s late.\n';
    const converted = actionsAt(text, '"We do not,"').apply(/typographic|straight/i);
    assert.ok(!/["']/.test(converted.slice(converted.indexOf('---\n', 4))), converted);
  });

  it('unify two spellings of one leader', () => {
    const text = '---\ndate: 2025-07-03\n---\nPresident Volodymyr Zelensky spoke. Later, Zelenskyy left.\n';
    const fixed = actionsAt(text, 'Zelenskyy').apply(/Zelensky/);
    assert.ok(!fixed.includes('Zelenskyy'), fixed);
  });

  it('offer to set the publication date where a relative date cannot be resolved', () => {
    const text = 'The envoy arrived yesterday.\n';
    const action = actionsAt(text, 'yesterday').actions.find((a) => a.command?.command === 'newslens.setPublicationDate');
    assert.ok(action, 'a command action');
    assert.equal(action.edit, undefined, 'nothing is edited until the user gives the date');
  });

  it("offer to read '' as quotation marks where archive copy quotes with them", () => {
    const text = "---\ndate: 2015-06-01\n---\n''We won,'' Ms. Dale said. ''Never,'' he said.\n";
    const action = actionsAt(text, "''We").actions.find((a) => a.command?.command === 'newslens.readDoubledApostrophes');
    assert.ok(action, 'a command action');
    assert.equal(action.edit, undefined, 'the document is not edited');
  });

  it('offer nothing on plain text', () => {
    const text = '---\ndate: 2025-07-03\n---\nThe council met.\n';
    assert.deepEqual(actionsAt(text, 'council').actions, []);
  });
});
