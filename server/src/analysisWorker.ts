// The worker thread of WholePasses (wholePasses.ts): whole-document analyses, one at a time, off the server's thread.
import { parentPort } from 'node:worker_threads';
import { createLanguageService, type LanguageService, type LanguageServiceOptions } from './analysis/index';
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
  try {
    if (!service) throw new Error('the analysis worker was not configured');
    reply({ type: 'done', id: request.id, analysis: service.analyze(request.text), ms: performance.now() - started });
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});

function reply(message: WorkerReply): void {
  port.postMessage(message);
}
