// Code actions: quick fixes applied as a user would, then the resulting text and diagnostics checked.
import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticWithCode, newslensDiagnostics, openSampleCopy, poll, positionOf } from './helpers';

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => !('arguments' in a && typeof (a as vscode.Command).command === 'string'));
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const titles = (actions: vscode.CodeAction[]) => JSON.stringify(actions.map((a) => a.title));

describe('code actions', () => {
  afterEach(closeAll);

  it('fix the wrong weekday of "Thursday, July 4, 2025" and the finding goes away', async () => {
    const doc = await openSampleCopy('review-needed.article');
    const mismatch = await diagnosticWithCode(doc, 'date.weekday-mismatch');
    // Actions returned by the API carry no `diagnostics`: the fix is the quick fix that is not an "Ignore".
    const isFix = (a: vscode.CodeAction) => !!a.kind?.contains(vscode.CodeActionKind.QuickFix) && !/^Ignore/.test(a.title);
    const actions = await poll('a quick fix for date.weekday-mismatch', () => actionsAt(doc, mismatch.range), (as) => as.some(isFix));
    const fixes = actions.filter(isFix);
    const fix = fixes.find((a) => a.isPreferred) ?? fixes[0];
    await apply(fix);
    const line = doc.lineAt(positionOf(doc, 'WASHINGTON').line).text;
    assert.match(line, /Friday, July 4, 2025|Thursday, July 3, 2025/, `after "${fix.title}" (offered: ${titles(actions)})`);
    await poll('date.weekday-mismatch to disappear after the fix', () => newslensDiagnostics(doc.uri), (ds) => !ds.some((d) => codeOf(d) === 'date.weekday-mismatch'));
  });

  it('insert the absolute date after a relative one ("Thursday (3 Jul 2025)")', async () => {
    const doc = await openSampleCopy('macron-xi-call.article');
    const start = positionOf(doc, 'on Thursday', 'on '.length);
    const range = new vscode.Range(start, start.translate(0, 'Thursday'.length));
    const actions = await poll('an action inserting the absolute date after "Thursday"', () => actionsAt(doc, range), (as) => as.some((a) => /absolute date/i.test(a.title)));
    await apply(actions.find((a) => /absolute date/i.test(a.title))!);
    assert.match(doc.lineAt(start.line).text, /on Thursday \((3 Jul(y)? 2025|Jul(y)? 3,? 2025|2025-07-03)\)/);
  });

  it('ignore a finding on its line: the comment is inserted and the finding goes away', async () => {
    const doc = await openSampleCopy('review-needed.article');
    const unattributed = await diagnosticWithCode(doc, 'quote.unattributed');
    const isIgnore = (a: vscode.CodeAction) => /^Ignore/.test(a.title) && a.title.includes('quote.unattributed');
    const actions = await poll('an "Ignore" action for quote.unattributed', () => actionsAt(doc, unattributed.range), (as) => as.some(isIgnore));
    const ignore = actions.find(isIgnore)!;
    assert.ok(ignore, `an Ignore action for quote.unattributed among ${titles(actions)}`);
    await apply(ignore);
    assert.match(doc.getText(), /newslens-disable-next-line quote\.unattributed/);
    await poll('quote.unattributed to disappear once ignored', () => newslensDiagnostics(doc.uri), (ds) => !ds.some((d) => codeOf(d) === 'quote.unattributed'));
    assert.ok(newslensDiagnostics(doc.uri).some((d) => codeOf(d) === 'quote.unbalanced'), 'other findings stay');
  });
});
