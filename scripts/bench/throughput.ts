// Whole-corpus throughput: newslens (in process and the CLI end to end) side by side with chrono-node (dates only)
// and compromise (people only), in the same run on the same documents.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { buildCoreBundle } from '../coreBundle.mjs';
import type { createLanguageService as CreateLanguageService } from '../../server/src/analysis/index';
import type { loadBundledKnowledge as LoadBundledKnowledge } from '../../server/src/knowledgeFiles';
import { utf8Bytes, type Doc } from './corpus';
import { fmt, median, table } from './stats';

export interface ToolResult {
  tool: string;
  what: string;
  seconds: number;
  mbPerSecond: number;
  runs: number;
  output: string;
}

export interface ThroughputOptions {
  /** Repeat a tool until this many seconds have been spent (at least one run, at most maxRuns). */
  minSeconds: number;
  maxRuns: number;
  /** Skip compromise (it takes minutes on big corpora). */
  skipCompromise: boolean;
  log: (line: string) => void;
}

const root = path.resolve(__dirname, '..', '..');

/**
 * Runs `pass` once over the corpus to warm up (the JIT takes a whole corpus round to settle; a sample warms up a
 * tool that takes minutes a round), then repeatedly; the median run time counts.
 */
function measure(docs: Doc[], options: ThroughputOptions, pass: (docs: Doc[]) => string, warmUpOnSample = false): { seconds: number; runs: number; output: string } {
  pass(warmUpOnSample ? docs.slice(0, Math.min(docs.length, 100)) : docs);
  const times: number[] = [];
  let output = '';
  let spent = 0;
  while (times.length === 0 || (spent < options.minSeconds && times.length < options.maxRuns)) {
    const t0 = performance.now();
    output = pass(docs);
    const t = (performance.now() - t0) / 1000;
    times.push(t);
    spent += t;
  }
  return { seconds: median(times), runs: times.length, output };
}

function refDate(doc: Doc): Date {
  return doc.referenceDate ? new Date(doc.referenceDate + 'T12:00:00Z') : new Date(Date.UTC(2025, 6, 3, 12));
}

/** The core as shipped (see scripts/coreBundle.mjs). */
function bundledCore(): { createLanguageService: typeof CreateLanguageService; loadBundledKnowledge: typeof LoadBundledKnowledge } {
  return require(buildCoreBundle(root));
}

export function newslensPass(): (docs: Doc[]) => string {
  const { createLanguageService, loadBundledKnowledge } = bundledCore();
  const service = createLanguageService({ knowledge: loadBundledKnowledge() });
  return (docs) => {
    let dates = 0;
    let leaders = 0;
    let mentions = 0;
    let quotes = 0;
    let findings = 0;
    for (const doc of docs) {
      const a = service.analyze(doc.text, { referenceDate: doc.referenceDate });
      dates += a.dates.length;
      leaders += a.leaders.length;
      for (const l of a.leaders) mentions += l.mentions.length;
      quotes += a.quotes.length;
      findings += a.findings.length;
    }
    return `${dates} dates, ${leaders} leaders (${mentions} mentions), ${quotes} quotes, ${findings} findings`;
  };
}

function chronoPass(docs: Doc[]): string {
  let n = 0;
  for (const doc of docs) n += chrono.parse(doc.text, refDate(doc)).length;
  return `${n} dates`;
}

function compromisePass(docs: Doc[]): string {
  let n = 0;
  for (const doc of docs) n += nlp(doc.text).people().length;
  return `${n} people`;
}

/** `newslens annotate --format jsonl` as a user runs it: one process, documents on stdin, results on stdout. */
export async function cliRun(docs: Doc[]): Promise<{ seconds: number; lines: number }> {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, referenceDate: d.referenceDate })).join('\n') + '\n';
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'newslens.js'), 'annotate', '--format', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let lines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  });
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0 || lines !== docs.length) throw new Error(`newslens annotate exited with ${code}, ${lines}/${docs.length} lines: ${stderr.slice(0, 1000)}`);
  return { seconds, lines };
}

export async function throughput(docs: Doc[], options: ThroughputOptions): Promise<{ results: ToolResult[]; megabytes: number; summary: string }> {
  const megabytes = utf8Bytes(docs) / 1e6;
  const results: ToolResult[] = [];
  const add = (tool: string, what: string, m: { seconds: number; runs: number; output: string }) => {
    const r = { tool, what, seconds: m.seconds, mbPerSecond: megabytes / m.seconds, runs: m.runs, output: m.output };
    results.push(r);
    options.log(`  ${tool.padEnd(22)} ${fmt(r.mbPerSecond).padStart(8)} MB/s  (${fmt(m.seconds, 3)} s, median of ${m.runs}; ${m.output})`);
  };

  add('newslens (in process)', 'dates, leaders, quotes', measure(docs, options, newslensPass()));
  {
    await cliRun(docs.slice(0, 20)); // warm the file cache
    const startup = await cliRun([]);
    const times: number[] = [];
    let spent = 0;
    while (times.length === 0 || (spent < options.minSeconds && times.length < options.maxRuns)) {
      const t = (await cliRun(docs)).seconds;
      times.push(t);
      spent += t;
    }
    add('newslens CLI (jsonl)', 'annotate --format jsonl, end to end', { seconds: median(times), runs: times.length, output: `${docs.length} result lines, incl. ${fmt(startup.seconds * 1000, 0)} ms process start-up` });
  }
  add('chrono-node', 'chrono.parse (dates only)', measure(docs, options, chronoPass));
  if (!options.skipCompromise) add('compromise', 'nlp(text).people() (people only)', measure(docs, { ...options, maxRuns: 1 }, compromisePass, true));

  const core = results[0].mbPerSecond;
  const cli = results[1].mbPerSecond;
  const rows = [['tool', 'MB/s', 'newslens/tool (in process)', 'newslens/tool (CLI)', 'target']];
  for (const r of results) {
    const target = r.tool === 'chrono-node' ? 5 : r.tool === 'compromise' ? 100 : NaN;
    const ratio = core / r.mbPerSecond;
    const ratioCli = cli / r.mbPerSecond;
    rows.push([
      r.tool,
      fmt(r.mbPerSecond),
      r.tool.startsWith('newslens') ? '' : `${fmt(ratio)}×`,
      r.tool.startsWith('newslens') ? '' : `${fmt(ratioCli)}×`,
      Number.isNaN(target) ? '' : `≥ ${target}× ${ratio >= target ? 'met' : 'MISSED'}`,
    ]);
  }
  return { results, megabytes, summary: table(rows) };
}
