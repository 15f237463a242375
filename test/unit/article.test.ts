import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArticle, tokenize } from '../../server/src/analysis/article';
import { parseFixture } from '../support/fixture';

/** Checks the sentences of a fixture whose every sentence is marked `[[…|s]]`. */
function checkSentences(source: string): void {
  const { text, marks } = parseFixture(source);
  const article = parseArticle(text);
  const sentences = article.sentences.filter((s) => s.start >= article.body.start).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, marks.filter((m) => m.label === 's').map((m) => m.text));
}

describe('front matter', () => {
  it('gives the reference date, title, dateline and timezone', () => {
    const article = parseArticle('---\ntitle: A call\ndate: 2025-07-03\ndateline: MOSCOW\ntimezone: Europe/Moscow\n---\nMOSCOW: Text.\n');
    assert.equal(article.referenceDate, '2025-07-03');
    assert.equal(article.referenceDateSource, 'front-matter');
    assert.equal(article.title, 'A call');
    assert.equal(article.timezone, 'Europe/Moscow');
    assert.equal(article.dateline?.place, 'MOSCOW');
    assert.equal(article.dateline?.text, 'MOSCOW:');
    assert.deepEqual(article.findings, []);
  });

  it('reads `published` when there is no `date`, with or without a time', () => {
    assert.equal(parseArticle('---\npublished: 2024-02-29T08:15:00Z\n---\nText.').referenceDate, '2024-02-29');
  });

  it('reads a written date and the date keys of site generators and feeds; a numeric day/month stays ambiguous', () => {
    assert.equal(parseArticle('---\ndate: July 3, 2025\n---\nText.').referenceDate, '2025-07-03');
    assert.equal(parseArticle('---\ndate: Thursday, 3 July 2025\n---\nText.').referenceDate, '2025-07-03');
    assert.equal(parseArticle('---\npubDate: 2025-07-03\n---\nText.').referenceDate, '2025-07-03');
    assert.equal(parseArticle('---\ndate: 03/07/2025\n---\nText.').referenceDate, null);
    assert.equal(parseArticle('---\ndate: Feb 30, 2025\n---\nText.').referenceDate, null);
  });

  it('prefers an explicit reference date, then the front matter, then the fallback setting', () => {
    const text = '---\ndate: 2025-07-03\n---\nText.';
    assert.equal(parseArticle(text, { referenceDate: '2020-01-01' }).referenceDateSource, 'option');
    assert.equal(parseArticle(text, { fallbackReferenceDate: '2020-01-01' }).referenceDate, '2025-07-03');
    const undated = parseArticle('Text.', { fallbackReferenceDate: '2020-01-01' });
    assert.deepEqual([undated.referenceDate, undated.referenceDateSource], ['2020-01-01', 'setting']);
  });

  it('has no reference date without front matter, never "now"', () => {
    const article = parseArticle('The minister spoke on Monday.');
    assert.equal(article.referenceDate, null);
    assert.equal(article.frontMatter, null);
  });

  it('reports malformed YAML at its position and still reads the body', () => {
    const text = '---\ntitle: "unclosed\ndate: 2025-07-03\n---\nThe body stays. It has two sentences.';
    const article = parseArticle(text);
    const finding = article.findings.find((f) => f.code === 'article.front-matter-invalid');
    assert.ok(finding, 'a front-matter finding');
    assert.ok(finding.start >= 4 && finding.start < text.indexOf('\n---'), 'inside the YAML');
    assert.equal(article.referenceDate, '2025-07-03', 'simple fields are salvaged');
    assert.equal(article.sentences.length, 2);
  });

  it('explains a headline value that opens with a quotation mark, and its fix quotes the whole value', () => {
    for (const [value, fixed] of [
      ["'No surrender,' says the mayor", `"'No surrender,' says the mayor"`],
      ['"Crisis" deepens as the talks fail', `'"Crisis" deepens as the talks fail'`],
    ]) {
      const text = `---\ntitle: ${value}\ndate: 2025-07-03\n---\nText.`;
      const article = parseArticle(text);
      const findings = article.findings.filter((f) => f.code === 'article.front-matter-invalid');
      assert.equal(findings.length, 1);
      assert.equal(text.slice(findings[0].start, findings[0].end), value);
      assert.match(findings[0].message, /the value of `title` opens with `['"]`/);
      const edit = findings[0].fixes![0].edits[0];
      const repaired = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
      assert.equal(edit.newText, fixed);
      const after = parseArticle(repaired);
      assert.deepEqual(after.findings, []);
      assert.equal(after.title, value);
      assert.equal(article.referenceDate, '2025-07-03');
    }
  });

  it('reports a date that is not a date', () => {
    const article = parseArticle('---\ndate: 2025-02-30\n---\nText.');
    assert.equal(article.referenceDate, null);
    const finding = article.findings.find((f) => f.code === 'article.date-invalid')!;
    assert.match(finding.message, /YYYY-MM-DD/);
    assert.equal(article.text.slice(finding.start, finding.end), 'date: 2025-02-30');
  });

  it('reports an unclosed front matter and analyses everything as text', () => {
    const article = parseArticle('---\ndate: 2025-07-03\nThe story.');
    assert.equal(article.findings[0].code, 'article.front-matter-unclosed');
    assert.equal(article.body.start, 0);
  });

  it('reports an alias that points nowhere', () => {
    const article = parseArticle('---\ndate: 2025-07-03\nb: *a\n---\nText.');
    assert.equal(article.findings[0].code, 'article.front-matter-invalid');
    assert.equal(article.referenceDate, '2025-07-03');
  });

  it('reads an oversized front matter line by line, with a warning', () => {
    const filler = 'note: filler line\n'.repeat(2000);
    const article = parseArticle(`---\ntitle: A long one\n${filler}date: 2025-07-03\n---\nText.`);
    assert.deepEqual(article.findings.map((f) => [f.code, f.severity, article.text.slice(f.start, f.end)]), [['article.front-matter-large', 'warning', '---']]);
    assert.equal(article.title, 'A long one');
    assert.equal(article.referenceDate, '2025-07-03');
    assert.equal(article.text.slice(article.body.start), 'Text.');
  });

  it('accepts a front matter that is not a mapping with a finding', () => {
    const article = parseArticle('---\n- a\n- b\n---\nText.');
    assert.equal(article.findings[0].code, 'article.front-matter-invalid');
  });
});

describe('dateline', () => {
  it('finds agency datelines', () => {
    assert.equal(parseArticle('WASHINGTON (AP) — The Senate voted.').dateline?.text, 'WASHINGTON (AP) —');
    assert.equal(parseArticle('NEW YORK, Jan. 5 -- Stocks fell.').dateline, null);
    assert.equal(parseArticle('KYIV, Ukraine: Sirens sounded.').dateline?.place, 'KYIV, Ukraine');
  });

  it('does not take an ordinary sentence for a dateline', () => {
    assert.equal(parseArticle('The minister: a profile.').dateline, null);
    assert.equal(parseArticle('I: the first person.').dateline, null);
  });
});

describe('sentences', () => {
  it('does not end at abbreviations, initials, decimals or "No. 10"', () => {
    checkSentences(`
      [[Mr. Smith met U.S. officials at 10 a.m. on Friday.|s]] [[He paid $3.5 billion to No. 10 Downing St. staff.|s]]
      [[John F. Kennedy spoke.|s]] [[The U.S. The end?|s]]
    `);
  });

  it('ends after a.m. when a new sentence begins, and at closing quotes', () => {
    checkSentences(`
      [[The call starts at 10 a.m.|s]] [[The leaders will talk.|s]] [[“We agree.”|s]] [[He left.|s]]
    `);
  });

  it('ends after a lone capital that is no initial: a quotation or a sentence opener after a lower-case word', () => {
    checkSentences(`
      [[She wrote on X.|s]] [[“Not yet.”|s]] [[They chose plan B.|s]] [[The talks went on.|s]] [[We met Jane Q. Doe and J. Roe.|s]]
    `);
  });

  it('ends after "No." when no number follows', () => {
    checkSentences(`
      [[A: No.|s]] [[People say it is reckless.|s]] [[Nos. 3 and 4 stayed.|s]]
    `);
  });

  it('keeps “…?” she asked together', () => {
    checkSentences(`
      [[“Why now?” she asked.|s]] [[Nobody knew.|s]]
    `);
  });
});

describe('tokens', () => {
  it('keeps abbreviations and initials with their period, and possessives whole', () => {
    const text = 'Mr. Putin’s U.S. visit cost 1,500.5 euros.';
    const tokens = tokenize(text, { start: 0, end: text.length }).map((t) => t.text);
    assert.deepEqual(tokens, ['Mr.', 'Putin’s', 'U.S.', 'visit', 'cost', '1,500.5', 'euros', '.']);
  });
});
