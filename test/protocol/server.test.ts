// The bundled server over stdio, driven through LSP messages only.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { samplesDir } from '../support/paths';

const uri = 'file:///newsroom/story.article';
const text = '---\ndate: 2025-02-30\n---\nThe committee met.\n';

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('initializes with incremental sync, hover and document symbols', async () => {
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(capabilities.hoverProvider);
    assert.ok(capabilities.documentSymbolProvider);
  });

  it('publishes diagnostics on open, each with source newslens and a code', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    const invalid = published.diagnostics.find((d) => d.code === 'article.date-invalid');
    assert.ok(invalid, JSON.stringify(published));
    assert.deepEqual(invalid.range.start, { line: 1, character: 0 });
    for (const d of published.diagnostics) assert.equal(d.source, 'newslens');
  });

  it('updates diagnostics after an incremental change', async () => {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } }, text: '03' }],
    });
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    assert.equal(published.diagnostics.find((d) => d.code === 'article.date-invalid'), undefined);
  });

  it('answers hover and documentSymbol on a sample article', async () => {
    const sample = fs.readFileSync(path.join(samplesDir, 'macron-xi-call.article'), 'utf8');
    const sampleUri = 'file:///newsroom/macron.article';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: sampleUri, languageId: 'news-article', version: 1, text: sample } });
    await client.diagnostics(sampleUri);
    const line = sample.split('\n').findIndex((l) => l.startsWith('PARIS:'));
    const character = sample.split('\n')[line].indexOf('Macron') + 2;
    const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: sampleUri },
      position: { line, character },
    });
    assert.ok(hover, 'a hover on the leader');
    assert.match(hover.contents.value, /President of the French Republic/);
    const symbols = await client.connection.sendRequest<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: sampleUri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Leaders', 'Quotes', 'Dates']);
    assert.ok(symbols[0].children!.some((c) => c.name === 'Emmanuel Macron'));
  });

  it('answers an edit of a long article at once, then settles on the whole-article analysis', async () => {
    const sample = fs.readFileSync(path.join(samplesDir, 'macron-xi-call.article'), 'utf8');
    const body = sample.slice(sample.indexOf('---\n', 4) + 4);
    const long = sample + Array.from({ length: 60 }, () => body).join('\n');
    const longUri = 'file:///newsroom/long.article';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'news-article', version: 1, text: long } });
    const first = await client.diagnostics(longUri, (p) => p.version === 1);
    const lines = long.split('\n');
    const line = Math.floor(lines.length / 2);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: longUri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'On Thursday, July 4, 2025, ' }],
    });
    const quick = await client.diagnostics(longUri, (p) => p.version === 2);
    const mismatch = (p: typeof quick) => p.diagnostics.filter((d) => d.code === 'date.weekday-mismatch' && d.range.start.line === line);
    assert.equal(mismatch(quick).length, 1, 'the new problem is reported from the quick pass');
    const problems = (p: typeof quick) => p.diagnostics.filter((d) => d.severity !== 3).length;
    assert.equal(problems(quick), problems(first) + 1, 'one warning more');
    assert.ok(first.diagnostics.some((d) => d.code === 'annotations.limit'), 'the Information annotations are capped, with a notice');
    const settled = await client.diagnostics(longUri, (p) => p.version === 2 && p !== quick);
    assert.equal(mismatch(settled).length, 1);
    assert.equal(settled.diagnostics.length, quick.diagnostics.length);
    // The whole pass (run in the worker thread) gives what opening the edited text gives.
    lines.splice(line, 1, 'On Thursday, July 4, 2025, ' + lines[line]);
    const copyUri = 'file:///newsroom/long-copy.article';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: copyUri, languageId: 'news-article', version: 1, text: lines.join('\n') } });
    const opened = await client.diagnostics(copyUri, (p) => p.version === 1);
    assert.deepEqual(settled.diagnostics, opened.diagnostics);
    assert.ok(!client.logs.some((l) => l.includes('worker')), client.logs.join('\n'));
  });

  it('leaves documents of languages it does not serve alone', async () => {
    const mdUri = 'file:///newsroom/notes.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: mdUri, languageId: 'markdown', version: 1, text: '---\ndate: nope\n---\n' } });
    const published = await client.diagnostics(mdUri);
    assert.deepEqual(published.diagnostics, []);
  });

  it('serves Markdown once newslens.languages lists it', async () => {
    await client.setConfiguration({ languages: ['news-article', 'markdown'] });
    const published = await client.diagnostics('file:///newsroom/notes.md', (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d) => d.code === 'article.date-invalid'));
  });

  it('skips the code of a Markdown document: fenced blocks and inline code', async () => {
    const mdUri = 'file:///newsroom/howto.md';
    const body = '---\ndate: 2025-07-03\n---\nSet `title: "x` first.\n\n```\nconfig = "unclosed\n```\n\n"Done," she said on Friday.\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: mdUri, languageId: 'markdown', version: 1, text: body } });
    const published = await client.diagnostics(mdUri, (p) => p.diagnostics.some((d) => d.code === 'date.annotation'));
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'quote.unbalanced'), []);
    assert.ok(published.diagnostics.some((d) => d.code === 'quote.statement' && d.range.start.line === 9), JSON.stringify(published.diagnostics));
  });

  it('names an invalid setting and keeps working with the default', async () => {
    await client.setConfiguration({ dates: { numericOrder: 'sideways' } });
    const deadline = Date.now() + 5000;
    while (!client.logs.some((l) => l.includes('newslens.dates.numericOrder')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(client.logs.some((l) => l.includes('newslens.dates.numericOrder')), client.logs.join('\n'));
  });

  it('clears diagnostics when a document closes', async () => {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(published.diagnostics, []);
  });
});
