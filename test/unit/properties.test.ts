// Property-based tests over the core (fast-check, fixed seed): no input crashes, hangs or misplaces an offset.
//   npm test       ~200 runs a property, megabyte shapes analysed once each (termination only, no timing)
//   npm run fuzz   NEWSLENS_FUZZ_RUNS (default 5000) runs a property, and NEWSLENS_FUZZ_TIMING=1: every 1 MB
//                  adversarial shape must be analysed in under NEWSLENS_FUZZ_LIMIT_MS (default 1000 ms, best of 3)
// NEWSLENS_FUZZ_SEED changes the seed. Speed is asserted only in the fuzz mode, never in `npm test`.
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { tokenize } from '../../server/src/analysis/article';
import { blankMarkdownCode } from '../../server/src/analysis/markup';
import { TokenIndex } from '../../server/src/analysis/quotes/attribution';
import { createLanguageService, type LanguageService } from '../../server/src/analysis/index';
import { toResult } from '../../server/src/analysis/result';
import type { Analysis, Span } from '../../server/src/analysis/types';
import { bundledKnowledge } from '../support/knowledge';

const RUNS = Number(process.env.NEWSLENS_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.NEWSLENS_FUZZ_SEED ?? 20250703);
const TIMING = process.env.NEWSLENS_FUZZ_TIMING === '1';
const LIMIT_MS = Number(process.env.NEWSLENS_FUZZ_LIMIT_MS ?? 1000);
const BIG = Number(process.env.NEWSLENS_FUZZ_BIG ?? 1_000_000);
const params = (numRuns = RUNS) => ({ seed: SEED, numRuns });

const knowledge = bundledKnowledge();
const services: Record<string, LanguageService> = {
  plain: createLanguageService({ knowledge }),
  dated: createLanguageService({ knowledge, settings: { fallbackReferenceDate: '2025-07-03', numericOrder: 'day-first', doubledApostrophes: true } }),
};

// ---------------------------------------------------------------------------------------------- invariants

/** Every offset of an analysis, checked against the text; returns the first violation, or null. */
export function violations(text: string, a: Analysis): string | null {
  const problems: string[] = [];
  const n = text.length;
  const span = (s: Span | undefined, where: string, hasText = true): void => {
    if (!s) return;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > n || s.start > s.end) {
      problems.push(`${where}: span ${s.start}..${s.end} outside 0..${n} or reversed`);
      return;
    }
    const t = (s as { text?: unknown }).text;
    if (hasText && typeof t === 'string' && t !== text.slice(s.start, s.end)) {
      problems.push(`${where}: text ${JSON.stringify(t.slice(0, 60))} is not the text at ${s.start}..${s.end} (${JSON.stringify(text.slice(s.start, s.end).slice(0, 60))})`);
    }
  };
  const ordered = (spans: Span[], where: string, disjoint: boolean): void => {
    for (let i = 1; i < spans.length; i++) {
      const [p, c] = [spans[i - 1], spans[i]];
      if (c.start < p.start || (c.start === p.start && c.end < p.end)) problems.push(`${where}[${i}] ${c.start}..${c.end} comes before ${where}[${i - 1}] ${p.start}..${p.end}`);
      else if (disjoint && c.start < p.end) problems.push(`${where}[${i}] ${c.start}..${c.end} overlaps ${where}[${i - 1}] ${p.start}..${p.end}`);
    }
  };

  const art = a.article;
  if (art.text !== text) problems.push('article.text is not the input text');
  span(art.body, 'article.body');
  if (art.frontMatter) {
    span(art.frontMatter, 'article.frontMatter');
    span(art.frontMatter.yaml, 'article.frontMatter.yaml');
  }
  span(art.dateline ?? undefined, 'article.dateline');
  art.paragraphs.forEach((s, i) => span(s, `paragraphs[${i}]`));
  art.sentences.forEach((s, i) => span(s, `sentences[${i}]`));
  ordered(art.paragraphs, 'paragraphs', true);
  ordered(art.sentences, 'sentences', true);
  // Quotes read tokens paragraph by paragraph: that must give the tokens of the whole body.
  const tokens = tokenize(text, art.body);
  tokens.forEach((s, i) => span(s, `tokens[${i}]`));
  ordered(tokens, 'tokens', true);
  const byParagraph = art.paragraphs.flatMap((p) => tokenize(text, p));
  if (JSON.stringify(byParagraph) !== JSON.stringify(tokens)) problems.push('the tokens of the paragraphs read one by one differ from those of the body');
  // ... and read in chunks cut at spaces (small chunks here, so that short texts have many), for any range.
  const index = new TokenIndex(text, art.paragraphs, 7);
  const chunked = art.paragraphs.flatMap((p) => index.within(p.start, p.end));
  if (JSON.stringify(chunked) !== JSON.stringify(byParagraph)) problems.push('the tokens read chunk by chunk differ from those of the paragraphs');
  for (const [from, to] of [[text.length / 3, text.length / 2], [text.length / 2, text.length]].map(([x, y]) => [Math.floor(x), Math.floor(y)])) {
    const expected = byParagraph.filter((t) => t.start >= from && t.end <= to);
    if (JSON.stringify(index.within(from, to)) !== JSON.stringify(expected)) problems.push(`the tokens within ${from}..${to} differ from those of the paragraphs`);
  }

  a.dates.forEach((d, i) => span(d, `dates[${i}] (${d.rule})`));
  ordered(a.dates, 'dates', true);
  a.leaders.forEach((l, i) => {
    l.mentions.forEach((m, j) => {
      span(m, `leaders[${i}] ${l.id} mentions[${j}]`);
      span(m.title, `leaders[${i}] ${l.id} mentions[${j}].title`);
    });
    ordered(l.mentions, `leaders[${i}] ${l.id} mentions`, false);
  });
  a.people.forEach((p, i) => {
    p.mentions.forEach((m, j) => {
      span(m, `people[${i}] ${p.name} mentions[${j}]`);
      span(m.title, `people[${i}] mentions[${j}].title`);
    });
    ordered(p.mentions, `people[${i}] mentions`, false);
  });
  a.quotes.forEach((q, i) => {
    span(q, `quotes[${i}]`);
    span(q.speaker, `quotes[${i}].speaker`);
    span(q.cue, `quotes[${i}].cue`);
    span(q.source, `quotes[${i}].source`);
  });
  ordered(a.quotes, 'quotes', false);
  a.findings.forEach((f, i) => {
    span(f, `findings[${i}] ${f.code}`, false);
    if (f.code === 'internal.error') problems.push(`findings[${i}]: a detector threw: ${f.message}`);
    f.fixes?.forEach((fix, j) => fix.edits.forEach((e, k) => span(e, `findings[${i}] ${f.code} fixes[${j}].edits[${k}]`, false)));
  });
  ordered(a.findings, 'findings', false);
  return problems.length ? problems.slice(0, 5).join('\n') : null;
}

function analyzeChecked(text: string, service: LanguageService = services.plain, referenceDate?: string | null): Analysis {
  const a = service.analyze(text, referenceDate === undefined ? undefined : { referenceDate });
  const problem = violations(text, a);
  if (problem) assert.fail(`${problem}\ninput (${text.length} chars): ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text)}`);
  return a;
}

// ---------------------------------------------------------------------------------------------- inputs

const surnames = [...new Set(knowledge.people.slice(0, 400).map((p) => (p as { surname?: string }).surname ?? p.name.split(' ').at(-1)!))].slice(0, 60);
const names = knowledge.people.slice(0, 60).map((p) => p.name);
const FRAGMENTS = [
  // names, titles, descriptions
  ...names, ...surnames, 'Macron', 'Emmanuel Macron', 'Xi Jinping', 'Xi', 'Trump', 'Donald Trump', 'Putin', 'Zelensky', 'Zelenskyy',
  'President', 'Prime Minister', 'Chancellor', 'King', 'Pope', 'Secretary-General', 'former', 'French', 'Chinese', 'U.S.', 'the president',
  'the French leader', 'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'he', 'she', 'they', 'his', 'her', 'John', 'Smith', 'J.', 'Jr.', 'the',
  // dates and times
  'January', 'July', 'Jul.', 'Sept.', 'May', 'March', 'Monday', 'Thursday', 'Thu', 'today', 'yesterday', 'tomorrow', 'tonight',
  'last week', 'next month', 'this year', 'ago', 'two weeks', 'in 2024', 'the 1990s', 'weekend', 'morning', 'noon', 'midnight',
  '2025', '1999', '3', '31', '29', '0', '00', '10:00', '10.00', '25:61', 'a.m.', 'p.m.', 'am', 'GMT', 'ET', 'UTC+3', 'BST',
  '2025-07-03', '03/07/2025', '3/7', '12/31/1999', '31.12.2025', '2025-02-30', '1st', '2nd', '3rd', '4th', 'Q3', 'FY2025', 'H1',
  'every Monday', 'each year', 'for three days', 'since', 'until', 'between', 'and', 'to', '-', '–', '—', 'on', 'at', 'of', 'by',
  // quotes and attribution
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '``', "''", 'said', 'says', 'told reporters', 'wrote', 'added', 'according to',
  'told AFP', 'on X', 'in a statement', 'Reuters reported', ',', '.', ':', ';', '?', '!', '(', ')', '[', ']', '…', '...', '/',
  // structure
  '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '\ufeff', '---', '---\n', '...\n', 'date: ', 'title: ', 'dateline: ', 'PARIS:',
  'WASHINGTON (Reuters) -', '<!-- newslens-disable -->', 'newslens-disable-next-line', 'newslens-', '#', '*', '`', '|',
];

const separator = fc.constantFrom('', ' ', ' ', ' ', '\n', ', ');
/** News-like soup: fragments that each detector reacts to, in random order. */
const soup = (maxLength: number) =>
  fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), separator), { maxLength, size: 'max' }).map((parts) => parts.map(([f, s]) => f + s).join(''));
/** Any UTF-16 code unit, lone surrogates included, mixed with fragments. */
const codeUnits = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom(...FRAGMENTS),
  ),
  { maxLength: 300, size: 'max' },
).map((parts) => parts.join(''));
const quoteStorm = fc
  .array(fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', ' ', 'a', 'Macron', ' said', ',', '.', '\n'), { maxLength: 3000, size: 'max' })
  .map((p) => p.join(''));
const digits = fc.array(fc.constantFrom('0', '1', '2', '3', '9', '/', '-', '.', ':', ',', ' ', 'th', 'am', 'July '), { maxLength: 3000, size: 'max' }).map((p) => p.join(''));
const yamlLine = fc.oneof(
  fc.constantFrom(
    'date: 2025-07-03', 'date: 2025-02-30', 'date: 2025-7-3', 'date:', 'date: null', 'date: [1, 2]', 'date: {a: 1}', 'date: 99999-01-01',
    'date: 2025-07-03T25:00:00Z', 'published: yesterday', 'published: 2024-02-29T08:15:00+02:00', 'title: "unterminated', "title: 'x",
    'dateline: PARIS', 'dateline: [', 'timezone: Europe/Paris', 'timezone: +25:00', 'timezone: 3', 'a: &a [*a, *a]', 'b: *a', 'c: !!binary x',
    '? complex', '- item', '  indented: x', '\tdate: tab', 'key: value: more', '{', '}', '[', ':', '---', '...', '#', '%YAML 1.2', '!tag x',
    'date: 2025-07-03\ndate: 2024-01-01', 'date: |\n  2025-07-03', 'x: >-\n  folded', '',
  ),
  fc.string({ maxLength: 40 }),
);
const frontMatter = fc
  .tuple(
    fc.constantFrom('---\n', '---\r\n', '\ufeff---\n', '--- \n', '---', '----\n'),
    fc.array(yamlLine, { maxLength: 12, size: 'max' }),
    fc.constantFrom('---\n', '---\r\n', '...\n', '--- \n', '', '---', '\n'),
    soup(60),
  )
  .map(([open, lines, close, body]) => open + lines.map((l) => l + '\n').join('') + close + body);
const anyText = fc.oneof(soup(200), codeUnits, fc.string({ unit: 'binary', maxLength: 500, size: 'max' }), quoteStorm, digits, frontMatter);
const referenceDate = fc.constantFrom(undefined, null, '2025-07-03', '2024-02-29', '1999-12-31', '2000-01-01');

// Adversarial shapes, `size` characters each: dense versions of what each detector reacts to, and no structure at all.
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
export const SHAPES: Record<string, (size: number) => string> = {
  'straight quotes': (n) => repeat('"', n),
  'opening curly quotes': (n) => repeat('“', n),
  'nested quotes': (n) => repeat('“‘«„', n),
  'unbalanced quotes with words': (n) => repeat('“He said ‘no ', n),
  'quotes with cues': (n) => repeat('“We will talk,” Macron said. ', n),
  'apostrophes': (n) => repeat("'s ", n),
  'digits': (n) => repeat('1', n),
  'digits and separators': (n) => repeat('12/03/2025-10:30.', n),
  'spaced numbers': (n) => repeat('2025 ', n),
  'capitalised words': (n) => repeat('Alpha Beta Gamma Delta ', n),
  'leader names': (n) => repeat('Emmanuel Macron, Xi Jinping, Donald Trump, ', n),
  'titles': (n) => repeat('President Prime Minister ', n),
  'Mr. Mr.': (n) => repeat('Mr. ', n),
  'initials': (n) => repeat('A. ', n),
  'month names': (n) => repeat('July ', n),
  'full dates': (n) => repeat('Monday, July 3, 2025, ', n),
  'relative dates': (n) => repeat('last week ', n),
  'said said': (n) => repeat('said ', n),
  'one long word': (n) => repeat('a', n),
  'periods': (n) => repeat('.', n),
  'sentences': (n) => repeat('A b. ', n),
  'spaces': (n) => repeat(' ', n),
  'newlines': (n) => repeat('\n', n),
  'short paragraphs': (n) => repeat('Macron said “yes” on Monday.\n', n),
  'lone surrogates': (n) => repeat('\ud800a\udc00', n),
  'emoji and combining marks': (n) => repeat('😀e\u0301\u200d', n),
  'unclosed front matter': (n) => '---\n' + repeat('key: value\n', n - 4),
  'huge front matter': (n) => '---\n' + repeat('key: value\n', n - 20) + '\n---\nText.\n',
  'fences': (n) => repeat('---\n', n),
  'suppression comments': (n) => repeat('<!-- newslens-disable --> ', n),
  'unclosed suppression comments': (n) => repeat('<!-- newslens-disable ', n),
  // Once cubic in the front-matter salvage pattern: a line of blanks that ends in U+2028.
  'blank run in malformed front matter': (n) => '---\n{\na:' + repeat('\t', Math.min(n, 20_000)) + '\u2028\n---\nText.\n',
};
const ALL_SHAPES = SHAPES;

// ---------------------------------------------------------------------------------------------- properties

if (isMainThread) describe('properties of analyze (fast-check, fixed seed)', () => {
  it('never throws, and every offset is inside the text, with its text, in order', () => {
    fc.assert(
      fc.property(anyText, referenceDate, fc.constantFrom('plain', 'dated'), (text, ref, which) => {
        analyzeChecked(text, services[which], ref);
      }),
      params(),
    );
  });

  it('handles lone surrogates and any UTF-16 code unit', () => {
    fc.assert(fc.property(codeUnits, (text) => void analyzeChecked(text)), params());
  });

  it('handles malformed front matter', () => {
    fc.assert(fc.property(frontMatter, referenceDate, (text, ref) => void analyzeChecked(text, services.plain, ref)), params());
  });

  it('handles thousands of unbalanced or nested quotation marks', () => {
    fc.assert(fc.property(quoteStorm, (text) => void analyzeChecked(text)), params(Math.max(20, Math.ceil(RUNS / 4))));
  });

  it('blanks Markdown code without moving anything, and only with spaces', () => {
    const markdown = fc
      .array(fc.constantFrom('`', '``', '```', '~~~', '```js', '\n', '\n\n', '   ', '\\', 'code', '"', '“', 'Macron said', ' '), { maxLength: 400, size: 'max' })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(markdown, anyText), (text) => {
        const blanked = blankMarkdownCode(text);
        assert.equal(blanked.length, text.length);
        for (let i = 0; i < text.length; i++) if (blanked[i] !== text[i]) assert.ok(blanked[i] === ' ' && text[i] !== '\n' && text[i] !== '\r', `offset ${i}`);
      }),
      params(),
    );
    for (const unit of ['` ', '``` ', '```\n', '~~~\n`', '\\`a` ']) blankMarkdownCode(unit.repeat(Math.ceil(BIG / unit.length)));
  });

  it('handles digits without end', () => {
    fc.assert(fc.property(digits, (text) => void analyzeChecked(text, services.dated)), params(Math.max(20, Math.ceil(RUNS / 4))));
  });

  it('is deterministic: the same input gives the same output, whatever was analysed before', () => {
    fc.assert(
      fc.property(anyText, anyText, referenceDate, (text, other, ref) => {
        const first = JSON.stringify(toResult(services.dated.analyze(text, { referenceDate: ref }), { id: 'x' }));
        services.dated.analyze(other);
        const again = JSON.stringify(toResult(services.dated.analyze(text, { referenceDate: ref }), { id: 'x' }));
        const fresh = createLanguageService({ knowledge, settings: { fallbackReferenceDate: '2025-07-03', numericOrder: 'day-first', doubledApostrophes: true } });
        const third = JSON.stringify(toResult(fresh.analyze(text, { referenceDate: ref }), { id: 'x' }));
        assert.equal(again, first, 'analysing another text in between changed the result');
        assert.equal(third, first, 'a fresh service gives another result');
      }),
      params(Math.max(20, Math.ceil(RUNS / 2))),
    );
  });

  it('terminates on long lines of every adversarial shape, and on megabyte lines (no timing here: see npm run fuzz)', { timeout: 900_000 }, async () => {
    // npm test keeps to ~50,000 characters a shape (thousands of quotes, digits, names) and three 1 MB lines;
    // npm run fuzz analyses every shape at 1 MB. A watchdog worker turns a hang into a failure.
    const cases: [string, number][] = TIMING
      ? Object.keys(ALL_SHAPES).map((name) => [name, BIG])
      : [...Object.keys(SHAPES).map((name): [string, number] => [name, 50_000]), ['one long word', BIG], ['digits', BIG], ['spaces', BIG]];
    const failures: string[] = [];
    const watchdog = new Watchdog();
    try {
      for (const [name, size] of cases) {
        const r = await watchdog.run({ shape: name, size, repeats: 1 }, TIMING ? 60_000 : 30_000);
        if (r === 'hang') failures.push(`shape '${name}' (${size} chars): no result after ${TIMING ? 60 : 30} s (hang?)`);
        else if (r.problem) failures.push(`shape '${name}' (${size} chars): ${r.problem}`);
      }
    } finally {
      await watchdog.close();
    }
    assert.deepEqual(failures, []);
  });

  // Timing is asserted only in npm run fuzz (the project measures speed in benchmarks, not in npm test).
  if (TIMING) it('a 1 MB line of each adversarial shape is analysed in under the time limit', { timeout: 1_800_000 }, async () => {
    const slow: string[] = [];
    const rows: string[] = [];
    const watchdog = new Watchdog();
    const deadline = Math.max(60_000, 30 * LIMIT_MS);
    const best = (r: Awaited<ReturnType<Watchdog['run']>>) => (r === 'hang' ? Infinity : Math.min(...r.times));
    try {
      for (const name of Object.keys(ALL_SHAPES)) {
        const ms = best(await watchdog.run({ shape: name, size: BIG, repeats: 3 }, deadline));
        // Growth from a quarter of the size to the full size: ~4 is linear, ~16 quadratic.
        const quarter = Number.isFinite(ms) ? best(await watchdog.run({ shape: name, size: BIG / 4, repeats: ms > 5 * LIMIT_MS ? 1 : 3 }, deadline)) : NaN;
        const growth = ms / Math.max(quarter, 1);
        const shown = Number.isFinite(ms) ? `${ms.toFixed(0).padStart(7)} ms   ×${growth.toFixed(1)} from ${BIG / 4} chars${growth > 8 ? '  (super-linear)' : ''}` : `   hang (no result in ${deadline / 1000} s)`;
        rows.push(`${ms >= LIMIT_MS ? '✗' : '✓'} ${name.padEnd(36)} ${shown}`);
        if (ms >= LIMIT_MS) slow.push(`${name}: ${Number.isFinite(ms) ? ms.toFixed(0) + ' ms' : 'hang'}`);
      }
      // Random 1 MB texts too: a random soup repeated to 1 MB.
      await fc.assert(
        fc.asyncProperty(soup(300), async (unit) => {
          if (!unit) return;
          const ms = best(await watchdog.run({ unit, size: BIG, repeats: 2 }, deadline));
          if (ms >= LIMIT_MS) slow.push(`soup ${JSON.stringify(unit.slice(0, 80))}… repeated: ${Number.isFinite(ms) ? ms.toFixed(0) + ' ms' : 'hang'}`);
        }),
        { seed: SEED, numRuns: Math.max(3, Math.min(50, Math.ceil(RUNS / 200))) },
      );
    } finally {
      await watchdog.close();
    }
    process.stdout.write(`\n1 MB adversarial shapes, best of 3 (limit ${LIMIT_MS} ms):\n${rows.join('\n')}\n`);
    assert.deepEqual(slow, [], `analysis slower than ${LIMIT_MS} ms per ${BIG} chars`);
  });
});

// ---------------------------------------------------------------------------------------------- watchdog

interface Job {
  shape?: string;
  unit?: string;
  size: number;
  repeats: number;
}
interface Outcome {
  times: number[];
  problem: string | null;
}

/** Runs analyses in a worker thread, so that a hang (a synchronous loop) can be stopped and reported. */
class Watchdog {
  private worker: Worker | null = null;

  private start(): Worker {
    return (this.worker ??= new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, env: process.env }));
  }

  run(job: Job, timeoutMs: number): Promise<Outcome | 'hang'> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (outcome: Outcome) => {
        done();
        resolve(outcome);
      };
      const onError = (error: Error) => {
        done();
        this.worker = null;
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = null;
        void worker.terminate();
        resolve('hang');
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

// npm run fuzz times the core bundled as shipped (NEWSLENS_CORE_BUNDLE); from the TypeScript sources it runs slower.
function timedService(): LanguageService {
  const bundle = process.env.NEWSLENS_CORE_BUNDLE;
  if (!bundle) return services.dated;
  const core = require(bundle) as { createLanguageService: typeof createLanguageService; loadBundledKnowledge: () => typeof knowledge };
  return core.createLanguageService({ knowledge: core.loadBundledKnowledge(), settings: { fallbackReferenceDate: '2025-07-03', numericOrder: 'day-first', doubledApostrophes: true } });
}

if (!isMainThread) {
  const timed = timedService();
  parentPort!.on('message', (job: Job) => {
    const text = job.unit !== undefined ? repeat(job.unit, job.size) : ALL_SHAPES[job.shape!](job.size);
    const times: number[] = [];
    let problem: string | null = null;
    for (let i = 0; i < job.repeats; i++) {
      const t0 = performance.now();
      const a = timed.analyze(text);
      times.push(performance.now() - t0);
      if (i === 0) problem = violations(text, a);
      if (times[i] > 5 * LIMIT_MS) break; // no need to repeat a clear miss
    }
    parentPort!.postMessage({ times, problem } satisfies Outcome);
  });
}
