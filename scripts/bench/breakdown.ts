// Where the time goes for one big document, in process: the article reader, each detector, the whole analyze, and
// the LSP features computed from the analysis. Each stage is called as server/src/analysis/index.ts calls it.
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseArticle } from '../../server/src/analysis/article';
import { findDates } from '../../server/src/analysis/dates';
import { createLanguageService, defaultSettings } from '../../server/src/analysis/index';
import { buildLeaderIndex, findLeaders } from '../../server/src/analysis/leaders';
import { findQuotes } from '../../server/src/analysis/quotes';
import { diagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/symbols';
import { loadBundledKnowledge } from '../../server/src/knowledgeFiles';
import { defaultServerSettings } from '../../server/src/settings';
import { fmt, median } from './stats';

export interface Stage {
  stage: string;
  ms: number;
}

function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

export function breakdown(text: string, runs = 3): Stage[] {
  const knowledge = loadBundledKnowledge();
  const settings = { ...defaultSettings };
  const stages: Stage[] = [];
  const article = time(runs, () => parseArticle(text, {}));
  stages.push({ stage: 'parseArticle (front matter, paragraphs, sentences)', ms: article.ms });
  stages.push({ stage: 'findDates', ms: time(runs, () => findDates(article.value, settings)).ms });
  const index = time(runs, () => buildLeaderIndex(knowledge));
  stages.push({ stage: 'buildLeaderIndex (once per service, not per edit)', ms: index.ms });
  const people = time(runs, () => findLeaders(article.value, index.value, settings));
  stages.push({ stage: 'findLeaders', ms: people.ms });
  stages.push({ stage: 'findQuotes', ms: time(runs, () => findQuotes(article.value, { leaders: people.value.leaders, people: people.value.people })).ms });
  const service = createLanguageService({ knowledge });
  const analysis = time(runs, () => service.analyze(text));
  stages.push({ stage: 'analyze (all of the above but buildLeaderIndex, + merging)', ms: analysis.ms });
  const doc = TextDocument.create('file:///bench/long.article', 'news-article', 1, text);
  stages.push({ stage: 'TextDocument line index (per version)', ms: time(runs, () => TextDocument.create('file:///x', 'news-article', 1, text).positionAt(text.length)).ms });
  const diags = time(runs, () => diagnostics(analysis.value, doc, defaultServerSettings));
  stages.push({ stage: `diagnostics feature (${diags.value.length} diagnostics)`, ms: diags.ms });
  stages.push({ stage: 'JSON of the publishDiagnostics payload', ms: time(runs, () => JSON.stringify(diags.value).length).ms });
  const mid = analysis.value.dates[Math.floor(analysis.value.dates.length / 2)]?.start ?? Math.floor(text.length / 2);
  stages.push({ stage: 'hover feature (one position)', ms: time(runs * 10, () => hover(analysis.value, doc, mid, knowledge.status)).ms });
  const symbols = time(runs, () => documentSymbols(analysis.value, doc));
  stages.push({ stage: `documentSymbols feature (${symbols.value.length} top-level)`, ms: symbols.ms });
  return stages;
}

export function printBreakdown(stages: Stage[], log: (line: string) => void): void {
  const width = Math.max(...stages.map((s) => s.stage.length));
  for (const s of stages) log(`  ${s.stage.padEnd(width)} ${fmt(s.ms).padStart(8)} ms`);
}
