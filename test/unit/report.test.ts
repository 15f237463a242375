import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { articleReport } from '../../server/src/features/report';
import { callStory } from '../support/articles';
import { parseFixture } from '../support/fixture';
import { analyze } from '../support/service';
import { matchesSnapshot } from '../support/snapshot';

describe('article report', () => {
  it('gives the timeline, leaders, quotes by speaker and findings as Markdown', () => {
    const { text } = parseFixture(callStory);
    matchesSnapshot('report-call.md', articleReport(analyze(text), 'call.article'));
  });
});

describe('article report on a former leader', () => {
  it('words the office of a leader whose term had ended as former', () => {
    const text = '---\ndate: 2025-07-03\n---\nFormer President Joe Biden spoke in Delaware.\n';
    assert.match(articleReport(analyze(text), 'biden.article'), /\| Joe Biden \| former President of the United States \|/);
  });
});
