// Settings changed while VS Code runs take effect without a restart.
import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, codeOf, diagnosticWithCode, newslensDiagnostics, openSampleCopy, poll, setSetting, summary } from './helpers';

describe('settings at run time', () => {
  const restores: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const restore of restores.splice(0).reverse()) await restore();
    await closeAll();
  });

  it('the Settings UI offers newslens.annotations.show and newslens.severity', () => {
    const properties = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.configuration?.properties ?? {};
    for (const key of ['newslens.annotations.show', 'newslens.severity']) assert.ok(key in properties, `${key} is contributed in package.json`);
  });

  it('newslens.annotations.show false hides Information findings and keeps problems; true brings them back', async () => {
    const doc = await openSampleCopy('review-needed.article');
    const isInfo = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Information;
    await poll('Information findings on review-needed.article', () => newslensDiagnostics(doc.uri), (ds) => ds.some(isInfo));
    restores.push(await setSetting('newslens.annotations.show', false));
    const hidden = await poll('Information findings to disappear', () => newslensDiagnostics(doc.uri), (ds) => ds.length > 0 && !ds.some(isInfo));
    assert.ok(hidden.some((d) => codeOf(d) === 'quote.unbalanced'), `problems stay: ${summary(hidden).join('; ')}`);
    await restores.pop()!();
    await poll('Information findings to come back', () => newslensDiagnostics(doc.uri), (ds) => ds.some(isInfo));
  });

  it('newslens.severity {"quote.unattributed": "error"} raises that finding to an error', async () => {
    const doc = await openSampleCopy('review-needed.article');
    const before = await diagnosticWithCode(doc, 'quote.unattributed');
    assert.notEqual(before.severity, vscode.DiagnosticSeverity.Error, 'by default an unattributed quote is not an error');
    restores.push(await setSetting('newslens.severity', { 'quote.unattributed': 'error' }));
    await diagnosticWithCode(doc, 'quote.unattributed', (d) => d.severity === vscode.DiagnosticSeverity.Error);
  });

  it('newslens.severity "off" removes a rule’s findings', async () => {
    const doc = await openSampleCopy('review-needed.article');
    await diagnosticWithCode(doc, 'quote.unbalanced');
    restores.push(await setSetting('newslens.severity', { 'quote.unbalanced': 'off' }));
    await poll('quote.unbalanced to disappear', () => newslensDiagnostics(doc.uri), (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'quote.unbalanced'));
  });
});

describe("archive copy's ''…'' quotation marks", () => {
  afterEach(async () => {
    for (const target of [vscode.ConfigurationTarget.Workspace, vscode.ConfigurationTarget.Global]) {
      await vscode.workspace.getConfiguration('newslens').update('quotes.doubledApostrophes', undefined, target);
    }
    await closeAll();
  });

  it("the hint's quick fix command turns on newslens.quotes.doubledApostrophes, and the quotations are read", async () => {
    const doc = await openSampleCopy('macron-xi-call.article', (text) => text.replace(/[“”]/g, "''"));
    await diagnosticWithCode(doc, 'quote.doubled-apostrophes');
    const quotes = () => newslensDiagnostics(doc.uri).filter((d) => codeOf(d) === 'quote.statement');
    assert.equal(quotes().length, 0, 'no quotation is read before the setting');
    await vscode.commands.executeCommand('newslens.readDoubledApostrophes');
    assert.equal(vscode.workspace.getConfiguration('newslens').get('quotes.doubledApostrophes'), true);
    const read = await poll("the ''…'' quotations to be read", () => newslensDiagnostics(doc.uri), (ds) => ds.filter((d) => codeOf(d) === 'quote.statement').length >= 4);
    assert.ok(!read.some((d) => codeOf(d) === 'quote.doubled-apostrophes'), 'the hint is gone');
  });
});
