// npm run bench [CORPUS_DIR] [options]
//   CORPUS_DIR              every .txt/.article/.news under it (e.g. ../shared/eval-data/bbc-news);
//                           without it, a deterministic synthetic news corpus is generated
//   --latency               only the editor latency bench      --throughput   only the throughput bench
//   --mb N                  size of the synthetic corpus (default 5)
//   --reference-date D      reference date for a folder's articles (default: none, front matter if any)
//   --no-compromise         skip compromise (minutes on a big corpus)
//   --min-seconds S         repeat each fast tool until S seconds are spent (default 3)
//   --edits N, --articles N, --doc-chars N   editor bench sizes (defaults 50, 1000, 1000000)
//   --doc FILE              the editor bench opens this text instead of a generated article (with --reference-date
//                           as its front matter date when it has none)
//   --json FILE             also write every figure as JSON
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { breakdown, printBreakdown } from './breakdown';
import { longArticle, readCorpus, syntheticCorpus, utf8Bytes } from './corpus';
import { latency } from './latency';
import { fmt, median, percentile } from './stats';
import { throughput } from './throughput';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const valued = new Set(['--mb', '--reference-date', '--min-seconds', '--edits', '--articles', '--doc-chars', '--doc', '--json']);
const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const log = (line: string) => process.stdout.write(line + '\n');

function machine(): string {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain -- server', { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    if (dirty) commit += ' + uncommitted changes in server/';
  } catch {
    // not a git checkout
  }
  return `${os.availableParallelism()} CPUs (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()}; newslens ${commit}`;
}

function withDate(text: string, date: string): string {
  return date && !text.startsWith('---\n') ? `---\ndate: ${date}\n---\n${text}` : text;
}

async function main(): Promise<void> {
  const onlyLatency = flag('--latency');
  const onlyThroughput = flag('--throughput');
  const report: Record<string, unknown> = { machine: machine(), date: new Date().toISOString() };
  log(`newslens bench — ${report.machine}`);

  if (!onlyLatency) {
    const dir = positional[0];
    const docs = dir ? readCorpus(path.resolve(dir), value('--reference-date', '') || null) : syntheticCorpus(Number(value('--mb', '5')));
    const mb = utf8Bytes(docs) / 1e6;
    log(`\nThroughput: ${dir ? `${docs.length} files under ${dir}` : `synthetic corpus, ${docs.length} articles`} (${mb.toFixed(2)} MB UTF-8; MB = 10^6 bytes)`);
    if (docs.length === 0) throw new Error(`no .txt, .article or .news files under ${dir}`);
    const t = await throughput(docs, { minSeconds: Number(value('--min-seconds', '3')), maxRuns: 5, skipCompromise: flag('--no-compromise'), log });
    log('\n' + t.summary);
    report.throughput = { corpus: dir ?? 'synthetic', documents: docs.length, megabytes: mb, results: t.results };
  }

  if (!onlyThroughput) {
    const file = value('--doc', '');
    const text = file ? withDate(fs.readFileSync(file, 'utf8'), value('--reference-date', '')) : longArticle(Number(value('--doc-chars', '1000000')));
    log(`\nEditor latency: dist/server.js over stdio, one article of ${(text.length / 1e6).toFixed(2)} M chars (${file || 'generated'})`);
    const l = await latency({ text, edits: Number(value('--edits', '50')), articles: Number(value('--articles', '1000')), log });
    const p95 = percentile(l.editMs, 95);
    const hover95 = percentile(l.hoverMs, 95);
    log(`  targets: edit p95 < 30 ms: ${p95 < 30 ? 'met' : 'MISSED'} (${fmt(p95)} ms); hover < 2 ms: ${median(l.hoverMs) < 2 && hover95 < 2 ? 'met' : 'MISSED'} (median ${fmt(median(l.hoverMs))}, p95 ${fmt(hover95)} ms)`);
    log(`\nWhere the time goes for that article, in process (median of 3):`);
    const stages = breakdown(text);
    printBreakdown(stages, log);
    report.latency = { ...l, breakdown: stages };
  }

  const out = value('--json', '');
  if (out) fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
