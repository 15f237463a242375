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
