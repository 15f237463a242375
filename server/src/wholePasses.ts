// Whole-document analyses of long documents run in a worker thread, so that the server answers edits (from the
// paragraphs they touch), hovers and other requests while one runs. Analyses are plain data: they cross the thread
// boundary by structured clone.
import { Worker } from 'node:worker_threads';
import type { LanguageServiceOptions } from './analysis/index';
import type { Analysis } from './analysis/types';

export type WorkerOptions = Omit<LanguageServiceOptions, 'log'>;

/** `cancelled`: one Int32 over shared memory, set to 1 when the pass is no longer wanted. */
export type WorkerRequest = { type: 'configure'; options: WorkerOptions } | { type: 'analyze'; id: number; text: string; cancelled: Int32Array };
export type WorkerReply =
  | { type: 'done'; id: number; analysis: Analysis; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string }
  | { type: 'log'; message: string };

export interface WholePass {
  analysis: Analysis;
  /** How long the analysis took in the worker. */
  ms: number;
}

export class WholePasses {
  private worker: Worker | null = null;
  private options: WorkerOptions | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (pass: WholePass | null) => void>();

  /** `script`: the bundled analysisWorker.js. `log`: where failures and the service's messages go. */
  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  /** The knowledge base and settings of the analyses that follow. */
  configure(options: WorkerOptions): void {
    this.options = options;
    this.worker?.postMessage({ type: 'configure', options } satisfies WorkerRequest);
  }

  /**
   * The analysis of `text`; null when the worker failed (the caller then analyses on its own thread) or when `signal`
   * aborted the pass (it then stops at its next stage and sends nothing back).
   */
  analyze(text: string, signal?: AbortSignal): Promise<WholePass | null> {
    const worker = this.started();
    if (!worker || signal?.aborted) return Promise.resolve(null);
    const id = this.nextId++;
    const cancelled = new Int32Array(new SharedArrayBuffer(4));
    signal?.addEventListener('abort', () => Atomics.store(cancelled, 0, 1), { once: true });
    // A busy worker keeps the process alive; an idle one does not.
    worker.ref();
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ type: 'analyze', id, text, cancelled } satisfies WorkerRequest);
    });
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.settleAll();
    await worker?.terminate();
  }

  private started(): Worker | null {
    if (this.worker) return this.worker;
    if (!this.options) return null;
    try {
      const worker = new Worker(this.script);
      worker.on('message', (reply: WorkerReply) => this.receive(reply));
      worker.on('error', (error) => this.log(`newslens: the analysis worker failed: ${error.stack ?? error.message}`));
      worker.on('exit', () => {
        // A worker that died (out of memory, a crash) is replaced on the next request; its callers analyse themselves.
        if (this.worker === worker) this.worker = null;
        this.settleAll();
      });
      worker.unref();
      worker.postMessage({ type: 'configure', options: this.options } satisfies WorkerRequest);
      this.worker = worker;
      return worker;
    } catch (error) {
      this.log(`newslens: the analysis worker could not start: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'log') return this.log(reply.message);
    const resolve = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (reply.type === 'failed') this.log(`newslens: analysis in the worker failed: ${reply.message}`);
    if (this.waiting.size === 0) this.worker?.unref();
    resolve?.(reply.type === 'done' ? { analysis: reply.analysis, ms: reply.ms } : null);
  }

  private settleAll(): void {
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
