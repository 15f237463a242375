import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { analyze, document } from '../support/service';

const articles = [
  ['file:///a.article', '---\ntitle: Call\ndate: 2025-07-03\n---\nRussian President Vladimir Putin spoke. “We are ready,” Putin said.\n'],
  ['file:///b.article', '---\ntitle: Summit\ndate: 2025-07-04\n---\nPutin will travel, the Kremlin said.\n'],
  ['file:///c.article', '---\ntitle: Budget\ndate: 2025-07-04\n---\nThe council met.\n'],
].map(([uri, text]) => ({ uri, document: document(text, uri), analysis: analyze(text) }));

describe('workspace symbols', () => {
  it('finds a leader in every article that names him, diacritics and case ignored', () => {
    const found = workspaceSymbols(articles, 'putin').filter((s) => s.name === 'Vladimir Putin');
    assert.deepEqual(found.map((s) => [s.location.uri, s.containerName]), [['file:///a.article', 'Call'], ['file:///b.article', 'Summit']]);
  });

  it('finds quotes by their words or their speaker', () => {
    const found = workspaceSymbols(articles, 'ready');
    assert.deepEqual(found.map((s) => s.name), ['Vladimir Putin: “We are ready,”']);
  });

  it('finds nothing for an unknown name', () => {
    assert.deepEqual(workspaceSymbols(articles, 'Zanzibar'), []);
  });
});
