// A workspace folder with stories and a newsroom's own leaders file, through LSP only.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';

const person = (id: string, name: string, office: string) => ({
  id,
  name,
  surname: name.split(' ').at(-1),
  aliases: [],
  terms: [{ office, title: 'Mayor', role: 'mayor', country: 'US', start: '2023-01-01', end: null }],
});

describe('workspace over stdio', () => {
  let client: LspClient;
  let folder: string;
  const uri = (file: string) => pathToFileURL(path.join(folder, file)).toString();
  const hoverText = async (file: string, text: string, word: string) => {
    const line = text.split('\n').findIndex((l) => l.includes(word));
    const character = text.split('\n')[line].indexOf(word) + 1;
    const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character } });
    return hover?.contents.value ?? '';
  };

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-ws-'));
    fs.mkdirSync(path.join(folder, '.newslens'));
    fs.writeFileSync(path.join(folder, '.newslens', 'leaders.json'), JSON.stringify({ people: [person('ada-quill', 'Ada Quill', 'Mayor of Springfield'), { id: 'broken' }] }, null, 2));
    fs.writeFileSync(path.join(folder, 'a.article'), '---\ndate: 2025-07-03\n---\nRussian President Vladimir Putin spoke on Monday.\n');
    fs.writeFileSync(path.join(folder, 'b.article'), '---\ndate: 2025-07-04\n---\nPutin did not attend. “No comment,” Ada Quill said.\n');
    client = new LspClient();
    await client.initialize(pathToFileURL(folder).toString());
  });
  after(async () => {
    await client.shutdown();
  });

  it('reads the workspace leaders file and reports its faulty entry', async () => {
    const published = await client.diagnostics(uri('.newslens/leaders.json'), (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d) => /people\[1\]/.test(d.message)), JSON.stringify(published.diagnostics));
  });

  it('knows the newsroom’s own people in hovers', async () => {
    const text = fs.readFileSync(path.join(folder, 'b.article'), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('b.article'), languageId: 'news-article', version: 1, text } });
    await client.diagnostics(uri('b.article'));
    assert.match(await hoverText('b.article', text, 'Ada Quill'), /Mayor of Springfield/);
  });

  it('reloads the leaders file when it changes', async () => {
    fs.writeFileSync(path.join(folder, '.newslens', 'leaders.json'), JSON.stringify({ people: [person('ada-quill', 'Ada Quill', 'Mayor of Shelbyville')] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.newslens/leaders.json'), type: 2 }] });
    const text = fs.readFileSync(path.join(folder, 'b.article'), 'utf8');
    const deadline = Date.now() + 5000;
    let value = '';
    while (Date.now() < deadline && !/Shelbyville/.test((value = await hoverText('b.article', text, 'Ada Quill')))) await new Promise((r) => setTimeout(r, 20));
    assert.match(value, /Mayor of Shelbyville/);
  });

  it('finds a leader in closed articles through workspace symbols', async () => {
    const deadline = Date.now() + 5000;
    let files: string[] = [];
    while (Date.now() < deadline) {
      const symbols = await client.connection.sendRequest<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'Putin' });
      files = [...new Set(symbols.filter((s) => s.name === 'Vladimir Putin').map((s) => path.basename(s.location.uri)))].sort();
      if (files.length === 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(files, ['a.article', 'b.article']);
  });

  it('checks all articles, closed ones too', async () => {
    const result = await client.connection.sendRequest<{ checked: number }>('workspace/executeCommand', { command: 'newslens.checkAllArticles', arguments: [] });
    assert.equal(result.checked, 2);
    const published = await client.diagnostics(uri('a.article'), (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d) => d.code === 'date.annotation'));
  });
});
