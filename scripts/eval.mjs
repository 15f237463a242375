#!/usr/bin/env node
// Scores newslens on the development corpora with the shared scorers:
//   npm run eval -- ../shared          (the folder holding eval-data/ and eval-tools/)
// Dates: TempEval-3 TimeBank and AQUAINT (te3.mjs). Quotes: PolNeAR training split (polnear.mjs).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared'));
const tools = path.join(shared, 'eval-tools');
const data = path.join(shared, 'eval-data');
if (!fs.existsSync(tools) || !fs.existsSync(data)) {
  console.error(`eval: ${shared} has no eval-tools/ and eval-data/; pass the folder that holds them: npm run eval -- PATH`);
  process.exit(2);
}
const cli = path.join(root, 'bin', 'newslens.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-eval-'));
const big = { maxBuffer: 1 << 30, encoding: 'utf8' };

function annotate(docs) {
  return execFileSync(process.execPath, [cli, 'annotate', '--format', 'jsonl'], { ...big, input: docs });
}

function scoreWith(scorer, args, name) {
  const docs = execFileSync(process.execPath, [path.join(tools, scorer), ...args, '--dump'], big);
  const predictions = path.join(tmp, `${name}.pred.jsonl`);
  const started = process.hrtime.bigint();
  fs.writeFileSync(predictions, annotate(docs));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const score = JSON.parse(execFileSync(process.execPath, [path.join(tools, scorer), ...args, '--score', predictions], big));
  return { score, seconds };
}

const rows = [];
for (const corpus of ['TimeBank', 'AQUAINT']) {
  const { score, seconds } = scoreWith('te3.mjs', [path.join(data, 'tempeval3-train', corpus)], corpus);
  rows.push({ corpus: `dates: ${corpus}`, ...flatten(score), seconds: +seconds.toFixed(2) });
}
const polnear = path.join(data, 'polnear-train');
const { score, seconds } = scoreWith('polnear.mjs', [polnear, path.join(polnear, 'metadata.tsv')], 'polnear');
rows.push({ corpus: 'quotes: PolNeAR train', ...flatten(score), seconds: +seconds.toFixed(2) });

for (const row of rows) console.log(JSON.stringify(row));
console.log(`predictions kept in ${tmp}`);

function flatten(obj, prefix = '') {
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object') Object.assign(out, flatten(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}
