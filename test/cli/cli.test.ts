// The command line as a user runs it: the built bundle, real files, exit codes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it, before } from 'node:test';
import { cliPath, samplesDir } from '../support/paths';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));
  fs.writeFileSync(path.join(dir, 'clean.article'), '---\ndate: 2025-07-03\n---\nThe committee met.\n');
  fs.writeFileSync(path.join(dir, 'broken.article'), '---\ndate: 2025-02-30\n---\nThe committee met.\n');
  fs.writeFileSync(path.join(dir, 'binary.article'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
});

const RESULT_KEYS = ['referenceDate', 'dates', 'leaders', 'people', 'quotes', 'diagnostics'];

describe('newslens annotate', () => {
  it('prints one JSON result per file, in the contract shape', () => {
    const files = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.article')).map((f) => path.join(samplesDir, f));
    const r = run(['annotate', '--format', 'json', ...files]);
    assert.equal(r.code, 0, r.stderr);
    const results = JSON.parse(r.stdout);
    assert.equal(results.length, files.length);
    for (const [i, result] of results.entries()) {
      assert.equal(result.file, files[i]);
      for (const key of RESULT_KEYS) assert.ok(key in result, `${key} in result`);
      const text = fs.readFileSync(files[i], 'utf8');
      for (const item of [...result.dates, ...result.quotes, ...result.diagnostics]) {
        assert.ok(0 <= item.start && item.start <= item.end && item.end <= text.length, 'offsets inside the text');
      }
      for (const item of [...result.dates, ...result.quotes]) assert.equal(text.slice(item.start, item.end), item.text);
    }
  });

  it('overrides the front matter with --reference-date', () => {
    const r = run(['annotate', '--format', 'json', '--reference-date', '2020-05-01', path.join(dir, 'clean.article')]);
    assert.equal(JSON.parse(r.stdout)[0].referenceDate, '2020-05-01');
  });

  it('prints a readable report: file:line:col severity code message, then a summary', () => {
    const r = run(['annotate', path.join(dir, 'broken.article')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /broken\.article:2:1 error article\.date-invalid Front matter `date: 2025-02-30`/);
    assert.match(r.stdout, /reference date unknown/);
    assert.match(r.stdout, /dates \(\d+\)/);
  });

  it('keeps each summary line one line when a quotation runs over paragraphs', () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));
    const file = path.join(own, 'long-quote.article');
    fs.writeFileSync(file, '---\ndate: 2025-07-03\n---\n"We are ready," Jo Roe said. "The plan is sound.\n\n"We will win."\n');
    const r = run(['annotate', file]);
    fs.rmSync(own, { recursive: true, force: true });
    const summary = r.stdout.split('\n').find((l) => l.startsWith('  quotes ('));
    assert.match(summary ?? '', /"The plan is sound\. "We will win\."/);
  });

  it('answers JSON Lines from standard input, one line per document, in input order', () => {
    const docs = [
      { id: 'b', text: 'The council met.', referenceDate: '2025-07-03' },
      { id: 'a', text: 'Nothing here.' },
      { id: 7, text: '---\ndate: 2024-01-01\n---\nA story.' },
    ];
    const r = run(['annotate', '--format', 'jsonl'], docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['b', 'a', '7']);
    assert.deepEqual(lines.map((l) => l.referenceDate), ['2025-07-03', null, '2024-01-01']);
  });

  it('gives the quotations nested in a quotation', () => {
    const text = '“He told me, ‘We are done,’ and left,” the witness said.';
    const r = run(['annotate', '--format', 'jsonl'], JSON.stringify({ id: 'n', text }) + '\n');
    const [quote] = JSON.parse(r.stdout).quotes;
    assert.deepEqual(quote.nested, [{ start: 13, end: 27, text: '‘We are done,’' }]);
    assert.equal(text.slice(13, 27), '‘We are done,’');
  });

  it("reads ''…'' as quotation marks with --doubled-apostrophes only", () => {
    const input = JSON.stringify({ id: 'a', text: "''We are done,'' the witness said." }) + '\n';
    assert.deepEqual(JSON.parse(run(['annotate', '--format', 'jsonl'], input).stdout).quotes, []);
    const [quote] = JSON.parse(run(['annotate', '--format', 'jsonl', '--doubled-apostrophes'], input).stdout).quotes;
    assert.equal(quote.text, "''We are done,''");
    assert.equal(quote.speaker.text, 'the witness');
  });

  it('reports a bad JSON line on stderr and goes on with the others', () => {
    const r = run(['annotate', '--format', 'jsonl'], '{"id":"x","text":"A."}\nnot json\n{"id":"y","text":"B."}\n');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /line 2: not valid JSON/);
    assert.equal(r.stdout.trim().split('\n').length, 2);
  });
});

describe('newslens check', () => {
  it('exits 0 when nothing is wrong and 1 on a warning or error', () => {
    assert.equal(run(['check', path.join(dir, 'clean.article')]).code, 0);
    assert.equal(run(['check', path.join(dir, 'broken.article')]).code, 1);
  });
});

describe('folders, globs, settings file and SARIF', () => {
  it('checks every article file in a folder', () => {
    const r = run(['annotate', '--format', 'json', dir]);
    const files = JSON.parse(r.stdout).map((x: { file: string }) => path.basename(x.file));
    assert.deepEqual(files, ['broken.article', 'clean.article']);
    assert.match(r.stderr, /binary\.article: binary file/);
  });

  it('expands a quoted glob', () => {
    const r = run(['annotate', '--format', 'json', path.join(dir, 'c*.article')]);
    assert.deepEqual(JSON.parse(r.stdout).map((x: { file: string }) => path.basename(x.file)), ['clean.article']);
    assert.match(run(['annotate', path.join(dir, '*.nothing')]).stderr, /no file matches/);
  });

  it('applies .newslens/config.json: a rule turned off no longer fails the check', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-config-'));
    fs.mkdirSync(path.join(project, '.newslens'));
    fs.copyFileSync(path.join(dir, 'broken.article'), path.join(project, 'broken.article'));
    const check = (cwd: string) => spawnSync(process.execPath, [cliPath, 'check', 'broken.article'], { cwd, encoding: 'utf8' });
    assert.equal(check(project).status, 1);
    fs.writeFileSync(path.join(project, '.newslens', 'config.json'), JSON.stringify({ severity: { 'article.date-invalid': 'off' } }));
    assert.equal(check(project).status, 0);
    fs.writeFileSync(path.join(project, '.newslens', 'config.json'), JSON.stringify({ severity: { 'article.date-invalid': 'loud' } }));
    const r = check(project);
    assert.equal(r.status, 1, 'an invalid value falls back to the default');
    assert.match(r.stderr, /newslens\.severity\["article\.date-invalid"\]/);
  });

  it("adds the project's own people (.newslens/leaders.json, leaders.files) and reports a faulty entry on stderr", () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-leaders-'));
    fs.mkdirSync(path.join(project, '.newslens'));
    fs.mkdirSync(path.join(project, 'stories'));
    fs.writeFileSync(path.join(project, 'stories', 'town.article'), '---\ndate: 2026-03-02\n---\nMayor Jane Ashgrove said the bridge would reopen. Reeve Tom Calloway agreed.\n');
    const person = (id: string, name: string, title: string) => ({ id, name, surname: name.split(' ')[1], aliases: [], terms: [{ office: `${title} of Springfield`, title, country: 'US', start: '2024-01-01', end: null }] });
    fs.writeFileSync(path.join(project, '.newslens', 'leaders.json'), JSON.stringify({ people: [person('jane-ashgrove', 'Jane Ashgrove', 'Mayor'), { id: 'broken' }] }));
    fs.writeFileSync(path.join(project, 'extra.json'), JSON.stringify({ people: [person('tom-calloway', 'Tom Calloway', 'Reeve')] }));
    fs.writeFileSync(path.join(project, '.newslens', 'config.json'), JSON.stringify({ leaders: { files: ['extra.json'] } }));
    const annotate = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cliPath, 'annotate', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
    const ids = (stdout: string) => JSON.parse(stdout)[0].leaders.map((l: { leaderId?: string; id?: string }) => l.leaderId ?? l.id).sort();
    const inside = annotate(path.join(project, 'stories'), 'town.article');
    assert.equal(inside.status, 0, inside.stderr);
    assert.deepEqual(ids(inside.stdout), ['jane-ashgrove', 'tom-calloway']);
    assert.match(inside.stderr, /leaders\.json:1:\d+: error: people\[1\]/);
    const elsewhere = annotate(os.tmpdir(), '--config', path.join(project, '.newslens', 'config.json'), path.join(project, 'stories', 'town.article'));
    assert.deepEqual(ids(elsewhere.stdout), ['jane-ashgrove', 'tom-calloway']);
    const without = annotate(os.tmpdir(), path.join(project, 'stories', 'town.article'));
    assert.ok(!ids(without.stdout).includes('jane-ashgrove'));
  });

  it('skips the code of Markdown files, and only of them', () => {
    const body = '---\ndate: 2025-07-03\n---\nRun `grep "x` here.\n\n```\necho "unclosed\n```\n';
    fs.writeFileSync(path.join(dir, 'howto.md'), body);
    fs.writeFileSync(path.join(dir, 'howto.article'), body);
    const codes = (file: string) => JSON.parse(run(['annotate', '--format', 'json', path.join(dir, file)]).stdout)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.deepEqual(codes('howto.md').filter((c: string) => c.startsWith('quote.')), []);
    assert.ok(codes('howto.article').includes('quote.unbalanced'));
  });

  it("gives a leader's officeNote when the office is the article's", () => {
    fs.writeFileSync(path.join(dir, 'senator.article'), '---\ndate: 2016-02-10\n---\nSen. Marco Rubio spoke in Iowa.\n');
    const [result] = JSON.parse(run(['annotate', '--format', 'json', path.join(dir, 'senator.article')]).stdout);
    assert.deepEqual([result.leaders[0].office, result.leaders[0].officeNote], ['Senator', "from the article's own words; the knowledge base has them as Secretary of State of the United States from 2025-01-21"]);
    fs.writeFileSync(path.join(dir, 'president.article'), '---\ndate: 2016-02-10\n---\nPresident Barack Obama spoke.\n');
    assert.ok(!('officeNote' in JSON.parse(run(['annotate', '--format', 'json', path.join(dir, 'president.article')]).stdout)[0].leaders[0]));
  });

  it('writes SARIF 2.1.0 with one result per finding', () => {
    const r = run(['check', '--format', 'sarif', path.join(dir, 'broken.article')]);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'article.date-invalid');
    assert.equal(result.level, 'error');
    assert.deepEqual([result.locations[0].physicalLocation.region.startLine, result.locations[0].physicalLocation.region.startColumn], [2, 1]);
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'article.date-invalid'));
  });
});

describe('bad input', () => {
  it('refuses a binary file with one line on stderr and still processes the others', () => {
    const r = run(['annotate', '--format', 'json', path.join(dir, 'binary.article'), path.join(dir, 'clean.article')]);
    assert.notEqual(r.code, 0);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /binary\.article: binary file/);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });

  it('reads UTF-16 text with its byte-order mark, and still refuses binary data behind one', () => {
    const article = '---\ndate: 2025-07-03\n---\nThe committee met on Friday.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    fs.writeFileSync(path.join(dir, 'utf16le.article'), le);
    fs.writeFileSync(path.join(dir, 'utf16be.article'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    fs.writeFileSync(path.join(dir, 'utf16nul.article'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00]));
    const r = run(['annotate', '--format', 'json', ...['utf16le', 'utf16be', 'utf16nul'].map((f) => path.join(dir, `${f}.article`))]);
    const results = JSON.parse(r.stdout);
    assert.deepEqual(results.map((x: { dates: { value: string }[] }) => x.dates.map((d) => d.value)), [['2025-06-27'], ['2025-06-27']]);
    assert.match(r.stderr, /utf16nul\.article: binary file/);
  });

  it('names a missing file', () => {
    const r = run(['annotate', path.join(dir, 'missing.article')]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /missing\.article: cannot read \(no such file\)/);
  });

  for (const [args, message] of [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['annotate'], /needs at least one FILE/],
    [['annotate', '--format', 'xml', 'a'], /--format must be text, json, jsonl or sarif/],
    [['annotate', '--doubled-apostrophes=yes', 'a'], /--doubled-apostrophes takes no value/],
    [['annotate', '--reference-date', '2025-13-01', 'a'], /--reference-date must be a date/],
    [['annotate', '--bogus', 'a'], /unknown option '--bogus'/],
  ] as const) {
    it(`rejects ${args.join(' ')}`, () => {
      const r = run([...args]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }

  it('prints help', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: newslens/);
  });
});
