// Re-analysis of the edited paragraphs must agree with a whole pass wherever it does not depend on the whole article.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { changeBetween, settle } from '../../server/src/analysis/incremental';
import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis, Finding } from '../../server/src/analysis/types';
import { samplesDir } from '../support/paths';
import { analyze, document } from '../support/service';
import { diagnostics } from '../../server/src/features/diagnostics';
import { createLanguageService } from '../../server/src/analysis/index';
import { bundledKnowledge } from '../support/knowledge';

const service = createLanguageService({ knowledge: bundledKnowledge() });
const sample = fs.readFileSync(path.join(samplesDir, 'macron-xi-call.article'), 'utf8');
const [, frontMatter, body] = sample.split(/^---\n/m);
const nested = 'Macron said: “They called it ‘a reset’ and meant it.”\n';
const long = `---\n${frontMatter}---\n${Array.from({ length: 20 }, () => body).join('\n')}${nested}`;

/** What must agree: every date, quote and leader mention, and every finding but the article-wide annotations. */
function comparable(a: Analysis) {
  return {
    dates: a.dates.map((d) => [d.start, d.end, d.type, d.value]),
    quotes: a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.start, q.speaker?.leaderId ?? q.speaker?.name, q.cue?.text, q.source?.text, q.nested?.map((n) => n.start)]),
    mentions: a.leaders.flatMap((l) => l.mentions.map((m) => [l.id, m.start, m.end, m.kind, m.title?.start])).sort((x, y) => (x[1] as number) - (y[1] as number)),
    people: a.people.flatMap((p) => p.mentions.map((m) => [p.name, m.start, m.end])).sort((x, y) => (x[1] as number) - (y[1] as number)),
    findings: a.findings.filter((f) => f.code !== 'leader.annotation').map((f) => [f.start, f.end, f.code]),
  };
}

function edit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

describe('incremental re-analysis', () => {
  // reanalyze consumes the analysis it starts from: each case starts from a fresh one.
  const previous = () => service.analyze(long);
  const middle = long.indexOf('The two men', long.length / 2);
  const cases: [string, string][] = [
    ['typing a character in a word', edit(long, middle + 4, 0, 'x')],
    ['adding a date', edit(long, middle, 0, 'On Monday, ')],
    ['deleting a closing quotation mark', edit(long, long.indexOf('”', middle), 1, '')],
    ['adding a quote with a speaker', edit(long, middle, 0, '“We are ready,” Macron said. ')],
    ['removing a paragraph break', edit(long, long.indexOf('\n', middle), 1, ' ')],
    ['editing the last line', edit(long, long.length - 2, 0, ' tomorrow')],
  ];
  for (const [name, after] of cases) {
    it(`agrees with a whole pass after ${name}`, () => {
      const quick = service.reanalyze(previous(), after);
      assert.ok(quick, 'handled incrementally');
      assert.equal(quick.article.text, after);
      assert.deepEqual(comparable(quick), comparable(analyze(after)));
    });
  }

  it('builds the findings at once and the rest when settled', () => {
    const quick = service.reanalyze(previous(), edit(long, middle, 0, 'On Monday, '))!;
    assert.ok(Array.isArray(Object.getOwnPropertyDescriptor(quick, 'findings')?.value));
    assert.equal(Object.getOwnPropertyDescriptor(quick, 'dates')?.value, undefined, 'dates wait');
    settle(quick);
    for (const field of ['dates', 'leaders', 'people', 'quotes']) assert.ok(Array.isArray(Object.getOwnPropertyDescriptor(quick, field)?.value), field);
  });

  it('reuses a remembered diagnostic only where its range still lies at its finding', () => {
    const settings = { severities: {}, showAnnotations: true };
    const memo = new WeakMap<Finding, Diagnostic>();
    let text = long;
    let current = previous();
    diagnostics(current, document(text), settings, memo);
    // A character inside a line, a new line, a removed line break: the lines after the edit move, or they do not.
    for (const [at, remove, insert] of [[middle + 4, 0, 'x'], [middle, 0, 'A new line.\n'], [text.indexOf('\n', middle + 200), 1, ' ']] as const) {
      text = edit(text, at, remove, insert);
      current = service.reanalyze(current, text)!;
      assert.ok(current, 'handled incrementally');
      const doc = document(text);
      const ranges = (memoToUse?: WeakMap<Finding, Diagnostic>) => diagnostics(current, doc, settings, memoToUse).map((d) => `${d.code} ${JSON.stringify(d.range)}`);
      assert.deepEqual(ranges(memo), ranges());
    }
  });

  it('leaves front-matter edits and large rewrites to a whole pass', () => {
    assert.equal(service.reanalyze(previous(), long.replace('date: 2025-07-03', 'date: 2025-07-04')), null);
    assert.equal(service.reanalyze(previous(), edit(long, middle, 0, body.repeat(10))), null);
  });

  it('agrees with a whole pass after a run of edits, each built on the last before it was settled', () => {
    let text = long;
    let current = previous();
    for (const [at, insert] of [[middle, 'On Monday, '], [middle - 40, 'x'], [middle + 200, '“We are ready,” Macron said. '], [10 + long.indexOf('\n', middle), 'Tuesday']] as const) {
      text = edit(text, at, 0, insert);
      current = service.reanalyze(current, text)!;
      assert.ok(current, 'handled incrementally');
    }
    settle(current);
    assert.deepEqual(comparable(current), comparable(analyze(text)));
  });

  // Document-wide readings of the quotation marks must not flip in a quick pass that sees a few paragraphs only.
  const lede = 'President Emmanuel Macron opened the talks in Geneva.\nBoth sides sent envoys.\nNo date was set.\n';
  const paragraphs = (make: (i: number) => string) => Array.from({ length: 400 }, (_, i) => make(i)).join('\n');
  const styled: [string, string, string][] = [
    [
      'a paragraph of straight quotes in typographic copy',
      `---\ndate: 2025-07-03\n---\n${lede}${paragraphs((i) => `“We are ready,” Macron said on day ${i}.`)}\n`,
      'Macron said "we will see" and left.',
    ],
    [
      'a paragraph with double marks in copy that quotes with single marks',
      `---\ndate: 2025-07-03\n---\n${lede}${paragraphs((i) => `‘We are ready,’ Macron said on day ${i}.`)}\n`,
      '‘We will go,’ Macron said of the "new start", the "reset" and the "deal".',
    ],
  ];
  for (const [name, text, paragraph] of styled) {
    it(`keeps the document's reading of quotation marks in ${name}`, () => {
      const at = text.indexOf('\n', text.length / 2) + 1;
      // Lines without quotation marks around the paragraph: the quick pass sees none of the document's own.
      const before = edit(text, at, 0, `Talks went on.\n${paragraph}\nTalks went on.\n`);
      const after = edit(before, before.indexOf(paragraph) + paragraph.indexOf(' '), 0, ' then');
      const quick = service.reanalyze(service.analyze(before), after);
      assert.ok(quick, 'handled incrementally');
      settle(quick);
      assert.deepEqual(comparable(quick), comparable(analyze(after)));
      // Converting every straight mark is the whole pass's fix: a part of the document knows only its own marks.
      const hints = quick.findings.filter((f) => f.code === 'quote.straight');
      assert.ok(hints.length > 0 && hints.every((f) => !f.fixes), 'straight-quote hints without a whole-document fix');
    });
  }

  it('finds the smallest change', () => {
    assert.deepEqual(changeBetween('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changeBetween('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changeBetween('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
  });
});
