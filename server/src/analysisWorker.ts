// The worker thread of WholePasses (wholePasses.ts): whole-document analyses, one at a time, off the server's thread.
import { parentPort } from 'node:worker_threads';
import { Cancelled, createLanguageService, type LanguageService, type LanguageServiceOptions } from './analysis/index';
import type { WorkerReply, WorkerRequest } from './wholePasses';

const port = parentPort!;
let service: LanguageService | null = null;

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'configure') {
    const options: LanguageServiceOptions = { ...request.options, log: (message) => reply({ type: 'log', message }) };
    service = createLanguageService(options);
    return;
  }
  const started = performance.now();
  // Set by the server when the document changed: a queued pass is skipped, a running one stops at its next stage.
  const isCancelled = () => Atomics.load(request.cancelled, 0) !== 0;
  try {
    if (!service) throw new Error('the analysis worker was not configured');
    const analysis = service.analyze(request.text, { isCancelled });
    if (isCancelled()) throw new Cancelled();
    reply({ type: 'done', id: request.id, analysis, ms: performance.now() - started });
  } catch (error) {
    if (error instanceof Cancelled) return reply({ type: 'cancelled', id: request.id });
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});

function reply(message: WorkerReply): void {
  port.postMessage(message);
}
