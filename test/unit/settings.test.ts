import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultServerSettings, readSettings } from '../../server/src/settings';

describe('settings', () => {
  it('defaults when nothing is set', () => {
    assert.deepEqual(readSettings(undefined), { settings: defaultServerSettings, problems: [] });
  });

  it('reads every setting', () => {
    const { settings, problems } = readSettings({
      languages: ['news-article', 'markdown'],
      referenceDate: '2025-07-03',
      dates: { numericOrder: 'day-first' },
      quotes: { doubledApostrophes: true },
      severity: { 'quote.unattributed': 'error', date: 'hint' },
      annotations: { show: false, max: 50 },
      inlayHints: { enabled: false },
      leaders: { houseSpellings: { Zelenskyy: 'Zelensky' }, files: ['people.json'] },
      maxFileSizeMB: 1,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      languages: ['news-article', 'markdown'],
      fallbackReferenceDate: '2025-07-03',
      numericOrder: 'day-first',
      doubledApostrophes: true,
      severities: { 'quote.unattributed': 'error', date: 'hint' },
      showAnnotations: false,
      maxAnnotations: 50,
      inlayHints: false,
      houseSpellings: { Zelenskyy: 'Zelensky' },
      leaderFiles: ['people.json'],
      maxFileSize: 1048576,
    });
  });

  it('names each invalid value and keeps the default for it', () => {
    const { settings, problems } = readSettings({ referenceDate: '3 July', severity: { 'quote.unattributed': 'loud' }, languages: 'markdown', maxFileSizeMB: -1, annotations: { max: 2.5 }, quotes: { doubledApostrophes: 'yes' } });
    assert.equal(settings.fallbackReferenceDate, null);
    assert.deepEqual(settings.severities, {});
    assert.deepEqual(settings.languages, ['news-article']);
    assert.equal(settings.maxFileSize, defaultServerSettings.maxFileSize);
    assert.equal(settings.maxAnnotations, defaultServerSettings.maxAnnotations);
    assert.equal(settings.doubledApostrophes, false);
    assert.equal(problems.length, 6);
    for (const name of ['newslens.referenceDate', 'newslens.severity["quote.unattributed"]', 'newslens.languages', 'newslens.maxFileSizeMB', 'newslens.annotations.max', 'newslens.quotes.doubledApostrophes']) {
      assert.ok(problems.some((p) => p.startsWith(`Setting ${name} `)), name);
    }
  });

  it('refuses a settings value that is not an object', () => {
    assert.equal(readSettings(42).problems.length, 1);
  });
});
