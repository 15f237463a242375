import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { termRange } from '../../server/src/analysis/leaders/kb';
import { hover } from '../../server/src/features/hover';
import { callStory } from '../support/articles';
import { parseFixture } from '../support/fixture';
import { analyze, document } from '../support/service';
import { matchesSnapshot } from '../support/snapshot';

/** The hover at the middle of the mark labelled `label`, compared with test/unit/expected/hover-<label>.md. */
function check(source: string, label: string): void {
  const { text, marks } = parseFixture(source);
  const mark = marks.find((m) => m.label === label)!;
  const result = hover(analyze(text), document(text), Math.floor((mark.start + mark.end) / 2), '2025-07-31');
  assert.ok(result, `a hover on ${mark.text}`);
  matchesSnapshot(`hover-${label}.md`, (result.contents as { value: string }).value + '\n');
}

describe('hover', () => {
  it('on a leader: name, office, country, term, mentions, knowledge date', () => check(callStory, 'merz'));
  it('on a surname-only mention: the same leader', () => check(callStory, 'macron'));
  it('on a description: the leader it refers to', () => check(callStory, 'chancellor'));
  it('on a weekday: the date in words and ISO, and how it was resolved', () => check(callStory, 'thursday'));
  it('on a date inside a quote: the date, not the quote', () => check(callStory, 'today'));

  it('on a quote: speaker with office, cue and kind', () => {
    const { text } = parseFixture(callStory);
    const offset = text.indexOf('We will talk');
    const result = hover(analyze(text), document(text), offset, '2025-07-31');
    matchesSnapshot('hover-quote.md', (result!.contents as { value: string }).value + '\n');
  });

  it('nothing on plain words', () => {
    const { text } = parseFixture(callStory);
    assert.equal(hover(analyze(text), document(text), text.indexOf('reporters') + 2, '2025-07-31'), null);
  });
});

describe('hover on a speaker', () => {
  it('lists the quotes of a speaker named before the quote', () => {
    const text = '---\ndate: 2025-07-03\n---\nThe Kremlin spokesman Dmitry Peskov said: “We are ready to talk.”\n';
    const result = hover(analyze(text), document(text), text.indexOf('Peskov') + 2, '2025-07-31');
    assert.match((result!.contents as { value: string }).value, /We are ready to talk/);
  });
});

describe('hover on a leader after the knowledge base date', () => {
  it('says what the knowledge base can vouch for instead of "present"', () => {
    const text = '---\ndate: 2026-12-01\n---\nChancellor Friedrich Merz spoke in Berlin.\n';
    const value = (hover(analyze(text), document(text), text.indexOf('Merz') + 2, '2025-07-31')!.contents as { value: string }).value;
    assert.match(value, /Term: since 2025-05-06; in office on 2025-07-31, the knowledge base's date/);
    assert.doesNotMatch(value, /present/);
  });

  it("gives an office the base does not record for the person as the article's, with what the base has", () => {
    const text = '---\ndate: 2026-11-20\n---\nFrench Prime Minister Sébastien Lecornu spoke in Paris.\n';
    const value = (hover(analyze(text), document(text), text.indexOf('Lecornu') + 2, '2025-07-31')!.contents as { value: string }).value;
    assert.match(value, /^Prime Minister of France · France$/m);
    assert.match(value, /^\*From the article's own words; the knowledge base, as of 2025-07-31, has Minister of the Armed Forces of France since 2022-05-20\.\*$/m);
    assert.doesNotMatch(value, /Term:/);
  });

  it("gives a newsroom's own term that starts after that date from its start", () => {
    assert.equal(termRange('2025-09-09', null, '2026-12-01', '2025-07-31'), 'since 2025-09-09');
    assert.equal(termRange('2025-05-06', null, '2026-12-01', '2025-07-31'), "since 2025-05-06; in office on 2025-07-31, the knowledge base's date");
  });
});

describe('hover on a leader out of office on the date', () => {
  it('words the office as former', () => {
    const cases: [string, string, RegExp][] = [
      ['2025-07-03', 'Former President Joe Biden spoke in Delaware.', /^former President of the United States · United States$/m],
      ['2004-12-01', 'Viktor Yushchenko, the opposition leader, spoke in Kyiv.', /^former Prime Minister of Ukraine · Ukraine$/m],
    ];
    for (const [date, body, expected] of cases) {
      const text = `---\ndate: ${date}\n---\n${body}\n`;
      const at = text.search(/Biden|Yushchenko/) + 1;
      const value = (hover(analyze(text), document(text), at, '2025-07-31')!.contents as { value: string }).value;
      assert.match(value, expected);
    }
  });
});

describe('hover on a person', () => {
  it('says why the name is taken for a person', () => {
    const cases: [string, string, RegExp][] = [
      ['The party met. Jo Roe spoke on Monday.', 'Roe', /Why a person: “Jo” is a given name\./],
      ['The party met. Ms. Quellin left early.', 'Quellin', /Why a person: introduced with the title “Ms\.”\./],
      ['The party met. When Quorra Orlow arrived, they agreed. Orlow said so.', 'Quorra', /“Orlow” speaks alone or follows “Mr”, “Ms” or “Dr” elsewhere/],
    ];
    for (const [body, word, expected] of cases) {
      const text = `---\ndate: 2016-03-01\n---\n${body}\n`;
      const value = (hover(analyze(text), document(text), text.indexOf(word) + 1, '2025-07-31')!.contents as { value: string }).value;
      assert.match(value, /Person named in this article/);
      assert.match(value, expected);
    }
  });
});
