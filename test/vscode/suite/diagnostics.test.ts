// The Problems panel's content: diagnostics that newslens publishes for our samples, read through the VS Code API.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticWithCode, newslensDiagnostics, openSample, poll, summary, waitForActivation } from './helpers';

describe('diagnostics', () => {
  let macron: vscode.TextDocument;
  let review: vscode.TextDocument;
  before(async () => {
    macron = await openSample('macron-xi-call.article');
    review = await openSample('review-needed.article');
  });
  after(closeAll);

  it('an .article file opens as a News Article and activates newslens', async () => {
    assert.equal(macron.languageId, 'news-article');
    await waitForActivation();
  });

  it('diagnostics arrive with source "newslens" and a rule code', async () => {
    const found = await poll('newslens diagnostics on review-needed.article', () => newslensDiagnostics(review.uri), (ds) => ds.length > 0);
    for (const d of found) assert.ok(codeOf(d), `a diagnostic without a code: ${d.message}`);
    const all = vscode.languages.getDiagnostics(macron.uri).concat(vscode.languages.getDiagnostics(review.uri));
    assert.ok(all.every((d) => d.source !== 'newslens' || d.message.trim().length > 0), 'every finding explains itself');
  });

  it('review-needed: the wrong weekday ("Thursday, July 4, 2025") is flagged as date.weekday-mismatch', async () => {
    const d = await diagnosticWithCode(review, 'date.weekday-mismatch');
    assert.match(review.getText(d.range), /Thursday|July 4/, `range covers the date, got "${review.getText(d.range)}"`);
    assert.ok(d.severity <= vscode.DiagnosticSeverity.Warning, `a wrong weekday is a warning or an error, got ${vscode.DiagnosticSeverity[d.severity]}`);
  });

  it('review-needed: "President Biden" in 2025 is flagged as leader.title-at-date', async () => {
    const d = await diagnosticWithCode(review, 'leader.title-at-date');
    assert.match(review.getText(d.range), /Biden|President/, `range covers the title, got "${review.getText(d.range)}"`);
    assert.ok(d.severity <= vscode.DiagnosticSeverity.Warning, `an expired title is a warning or an error, got ${vscode.DiagnosticSeverity[d.severity]}`);
  });

  it('review-needed: the statement without a speaker is flagged as quote.unattributed', async () => {
    const d = await diagnosticWithCode(review, 'quote.unattributed');
    assert.match(review.getText(new vscode.Range(d.range.start.line, 0, d.range.end.line + 1, 0)), /We will not waver/);
  });

  it('review-needed: the quotation mark that never closes is flagged as quote.unbalanced', async () => {
    const d = await diagnosticWithCode(review, 'quote.unbalanced');
    assert.equal(d.range.start.line, review.getText().split('\n').findIndex((l) => l.includes('concrete results')));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  it('macron-xi-call: a clean, well-sourced article has no warnings or errors', async () => {
    await poll('newslens diagnostics on macron-xi-call.article', () => newslensDiagnostics(macron.uri), (ds) => ds.length > 0);
    const serious = newslensDiagnostics(macron.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(summary(serious, macron), []);
  });
});
