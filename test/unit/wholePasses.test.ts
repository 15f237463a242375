// The worker that runs whole passes: the same analysis as on the server's thread, and a fallback when it fails.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Cancelled, createLanguageService } from '../../server/src/analysis/index';
import { WholePasses } from '../../server/src/wholePasses';
import { bundledKnowledge } from '../support/knowledge';
import { root, samplesDir } from '../support/paths';

// The bundled worker: `npm test` builds dist/ before the unit tests.
const script = path.join(root, 'dist', 'analysisWorker.js');
// A numeric date reads differently with the day first: the worker must use the settings it was given.
const text = fs.readFileSync(path.join(samplesDir, 'macron-xi-call.article'), 'utf8') + '\nThe audit dated 03/07/2025 was cited.\n';
const settings = { numericOrder: 'day-first' as const };

describe('whole passes in a worker thread', () => {
  it('give the analysis the service gives on this thread, with the configured settings', async () => {
    const passes = new WholePasses(script, (message) => assert.fail(message));
    passes.configure({ knowledge: bundledKnowledge(), settings });
    try {
      const pass = await passes.analyze(text);
      assert.ok(pass && pass.ms >= 0);
      const here = createLanguageService({ knowledge: bundledKnowledge(), settings }).analyze(text);
      assert.deepEqual(pass.analysis, JSON.parse(JSON.stringify(here)));
      // A worker that was stopped is started again for the next pass.
      await passes.dispose();
      assert.deepEqual((await passes.analyze(text))?.analysis.dates, pass.analysis.dates);
    } finally {
      await passes.dispose();
    }
  });

  it('answer null for a pass cancelled before or while it runs, and go on with the next one', async () => {
    const passes = new WholePasses(script, (message) => assert.fail(message));
    passes.configure({ knowledge: bundledKnowledge() });
    try {
      const before = new AbortController();
      before.abort();
      assert.equal(await passes.analyze(text, before.signal), null);
      const during = new AbortController();
      const cancelled = passes.analyze(text.repeat(50), during.signal);
      during.abort();
      assert.equal(await cancelled, null);
      assert.ok((await passes.analyze(text))?.analysis.quotes.length);
    } finally {
      await passes.dispose();
    }
  });

  it('answer null and log when the worker cannot run, so that the caller analyses on its own thread', async () => {
    const logged: string[] = [];
    const passes = new WholePasses(path.join(root, 'dist', 'no-such-worker.js'), (message) => logged.push(message));
    assert.equal(await passes.analyze(text), null, 'not configured yet');
    passes.configure({ knowledge: bundledKnowledge() });
    assert.equal(await passes.analyze(text), null);
    assert.ok(logged.some((m) => m.includes('analysis worker')), logged.join('\n'));
    await passes.dispose();
  });
});

describe('cancelling an analysis', () => {
  it('stops at the stage where isCancelled first answers true, and changes nothing while it answers false', () => {
    const service = createLanguageService({ knowledge: bundledKnowledge() });
    let asked = 0;
    assert.deepEqual(service.analyze(text, { isCancelled: () => (asked++, false) }), service.analyze(text));
    assert.ok(asked >= 4, `asked ${asked} times`);
    let left = 2;
    assert.throws(() => service.analyze(text, { isCancelled: () => left-- <= 0 }), Cancelled);
    assert.equal(left, -1);
  });
});
