// Editor latency: the real server over stdio, a ~1 MB article open, one-character edits, hovers, document symbols,
// and the server's memory with 1,000 articles open.
import { performance } from 'node:perf_hooks';
import { rng, syntheticArticle } from './corpus';
import { BenchClient } from './lsp';
import { fmt, median, percentile } from './stats';

export interface LatencyResult {
  documentChars: number;
  openMs: number;
  editMs: number[];
  burst: { edits: number; intervalMs: number; published: number; lastEditToDiagnosticsMs: number };
  /** Edits after pauses long enough for a whole pass to start (it runs while typing resumes). */
  pauseEditMs: number[];
  hoverMs: number[];
  hoverAfterEditMs: number[];
  symbolMs: number[];
  symbolCount: number;
  memory: { baselineMB: number; longDocMB: number; articles: number; articlesChars: number; articlesMB: number; articlesPeakMB: number; openAllMs: number } | null;
}

interface Pos {
  line: number;
  character: number;
}

function positionAt(text: string, offset: number): Pos {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

const stat = (xs: number[]) => `median ${fmt(median(xs))} ms, p95 ${fmt(percentile(xs, 95))} ms, max ${fmt(Math.max(...xs))} ms (n=${xs.length})`;

export async function latency(options: { text: string; edits: number; articles: number; log: (line: string) => void }): Promise<LatencyResult> {
  const { log } = options;
  let text = options.text;
  const uri = 'file:///bench/long.article';
  const client = new BenchClient();
  let version = 1;
  const result: Partial<LatencyResult> = { documentChars: text.length };
  try {
    await client.initialize();
    await new Promise((r) => setTimeout(r, 200));
    const baseline = client.memory();

    let t0 = performance.now();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version, text } });
    const opened = await client.diagnosticsFor(uri, version);
    result.openMs = opened.at - t0;
    log(`  open ${(text.length / 1e6).toFixed(2)} M chars → first diagnostics (${opened.count}): ${fmt(result.openMs)} ms`);

    // Typing in one paragraph near the middle of the article, one character per edit, each edit awaited.
    const insertAt = text.indexOf('\n', Math.floor(text.length / 2));
    let offset = insertAt;
    const typed = ' Officials said on Monday that talks would resume in Geneva next week.';
    // Returns when the edit was sent: the bench's own bookkeeping of the text is not part of the latency.
    const edit = async (ch: string): Promise<number> => {
      const pos = positionAt(text, offset);
      text = text.slice(0, offset) + ch + text.slice(offset);
      offset += ch.length;
      version++;
      const sentAt = performance.now();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: pos, end: pos }, text: ch }],
      });
      return sentAt;
    };
    const editMs: number[] = [];
    for (let i = 0; i < options.edits; i++) {
      const sentAt = await edit(typed[i % typed.length]);
      const arrival = await client.diagnosticsFor(uri, version);
      editMs.push(arrival.at - sentAt);
    }
    result.editMs = editMs;
    log(`  edit → new diagnostics: ${stat(editMs)}`);

    // A burst of typing at 25 characters a second: how many versions get analysed, and the lag after the last key.
    {
      const edits = 20;
      const intervalMs = 40;
      const firstVersion = version + 1;
      let last = 0;
      for (let i = 0; i < edits; i++) {
        last = await edit(typed[i % typed.length]);
        if (i < edits - 1) await new Promise((r) => setTimeout(r, intervalMs));
      }
      const arrival = await client.diagnosticsFor(uri, version);
      const published = client.published(uri).filter((a) => a.version !== undefined && a.version >= firstVersion).length;
      result.burst = { edits, intervalMs, published, lastEditToDiagnosticsMs: arrival.at - last };
      log(`  burst of ${edits} edits ${intervalMs} ms apart: ${published} versions analysed and published; last edit → diagnostics ${fmt(arrival.at - last)} ms`);
    }

    // Typing that resumes after a pause: the whole pass starts after a pause of about twice its own length and takes
    // about as long as opening the document, so pauses of 0.3 to 3 times the open time land before, in and after it.
    {
      const pauseEditMs: number[] = [];
      for (let i = 1; i <= 10; i++) {
        await new Promise((r) => setTimeout(r, (i / 10) * 3 * result.openMs!));
        const sentAt = await edit(typed[i % typed.length]);
        pauseEditMs.push((await client.diagnosticsFor(uri, version)).at - sentAt);
      }
      result.pauseEditMs = pauseEditMs;
      log(`  edit after a pause of 0.3–3× the open time (a whole pass may be running): ${stat(pauseEditMs)}`);
    }

    // Hovers on names, dates and quotation marks spread over the document (analysis cached).
    const targets: number[] = [];
    for (const needle of ['Macron', 'Thursday', '“', 'Putin', 'July', 'said']) {
      for (let i = text.indexOf(needle), n = 0; i >= 0 && n < 10; i = text.indexOf(needle, i + Math.floor(text.length / 11)), n++) targets.push(i + 1);
    }
    const hover = async (at: number) => {
      const position = positionAt(text, at);
      const start = performance.now();
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      return performance.now() - start;
    };
    await hover(targets[0]);
    const hoverMs: number[] = [];
    for (const at of targets.slice(0, 50)) hoverMs.push(await hover(at));
    result.hoverMs = hoverMs;
    log(`  hover (analysis cached): ${stat(hoverMs)}`);

    const hoverAfterEditMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      await edit('x');
      hoverAfterEditMs.push(await hover(targets[i]));
      await client.diagnosticsFor(uri, version);
    }
    result.hoverAfterEditMs = hoverAfterEditMs;
    log(`  hover right after an edit (analysis not yet cached): ${stat(hoverAfterEditMs)}`);

    const symbolMs: number[] = [];
    let symbolCount = 0;
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      const symbols = await client.connection.sendRequest<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
      if (i > 0) symbolMs.push(performance.now() - start);
      symbolCount = countSymbols(symbols ?? []);
    }
    result.symbolMs = symbolMs;
    result.symbolCount = symbolCount;
    log(`  documentSymbol (${symbolCount} symbols): ${stat(symbolMs)}`);
    const longDoc = client.memory();

    // Memory with many ordinary articles open, in a fresh server.
    const many = new BenchClient();
    try {
      await many.initialize();
      const r = rng(42);
      let chars = 0;
      const uris: [string, number][] = [];
      const t1 = performance.now();
      for (let i = 0; i < options.articles; i++) {
        const doc = syntheticArticle(r, i, 1000 + Math.floor(r() * 5000));
        chars += doc.text.length;
        const u = `file:///bench/articles/${i}.article`;
        uris.push([u, 1]);
        await many.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'news-article', version: 1, text: doc.text } });
      }
      for (const [u, v] of uris) await many.diagnosticsFor(u, v);
      const openAllMs = performance.now() - t1;
      await new Promise((r) => setTimeout(r, 500));
      const m = many.memory();
      if (baseline && longDoc && m) {
        result.memory = { baselineMB: baseline.rssMB, longDocMB: longDoc.rssMB, articles: options.articles, articlesChars: chars, articlesMB: m.rssMB, articlesPeakMB: m.peakMB, openAllMs };
        log(`  server RSS: ${fmt(baseline.rssMB, 0)} MB idle; ${fmt(longDoc.rssMB, 0)} MB with the 1 MB article (peak ${fmt(longDoc.peakMB, 0)} MB); ` +
          `${fmt(m.rssMB, 0)} MB with ${options.articles} articles open (${(chars / 1e6).toFixed(1)} M chars; peak ${fmt(m.peakMB, 0)} MB; all analysed in ${fmt(openAllMs / 1000)} s)`);
      } else {
        result.memory = null;
        log('  memory: /proc/PID/status not available on this system');
      }
    } finally {
      await many.shutdown();
    }
  } finally {
    await client.shutdown();
  }
  return result as LatencyResult;
}

function countSymbols(symbols: unknown[]): number {
  let n = 0;
  for (const s of symbols as { children?: unknown[] }[]) n += 1 + countSymbols(s.children ?? []);
  return n;
}
