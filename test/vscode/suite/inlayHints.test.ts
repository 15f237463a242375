// Inlay hints: the absolute date shown after each relative one.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, openSample, poll, positionOf } from './helpers';

const labelOf = (h: vscode.InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

describe('inlay hints', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await openSample('macron-xi-call.article');
  });
  after(closeAll);

  const hints = async (): Promise<vscode.InlayHint[]> =>
    (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0))) ?? [];

  it('after "on Thursday" show the date it resolves to (3 July 2025)', async () => {
    const end = positionOf(doc, 'on Thursday', 'on Thursday'.length);
    const all = await poll('an inlay hint right after "on Thursday"', hints, (hs) => hs.some((h) => h.position.isEqual(end)));
    assert.match(labelOf(all.find((h) => h.position.isEqual(end))!), /3 Jul(y)? 2025|Jul(y)? 3,? 2025|2025-07-03/);
  });

  it('appear only after relative dates, never inside a word', async () => {
    const all = await poll('inlay hints on macron-xi-call.article', hints, (hs) => hs.length > 0);
    for (const h of all) {
      const before = doc.getText(new vscode.Range(h.position.translate(0, -1), h.position));
      const after = doc.getText(new vscode.Range(h.position, h.position.translate(0, 1)));
      assert.ok(!(/\w/.test(before) && /\w/.test(after)), `hint "${labelOf(h)}" at ${h.position.line + 1}:${h.position.character + 1} splits a word`);
    }
  });
});
