// A minimal LSP client for the editor bench: starts dist/server.js over stdio and timestamps every
// publishDiagnostics on arrival (the idea of test/support/lspClient.ts, with timing and the server's pid).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const root = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(root, 'dist', 'server.js');

export interface Arrival {
  version: number | undefined;
  at: number;
  count: number;
}

export class BenchClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  readonly logs: string[] = [];
  private readonly arrivals = new Map<string, Arrival[]>();
  private readonly waiters: (() => void)[] = [];

  constructor(settings: Record<string, unknown> = {}) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => this.logs.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const at = performance.now();
      const list = this.arrivals.get(p.uri) ?? [];
      list.push({ version: p.version, at, count: p.diagnostics.length });
      this.arrivals.set(p.uri, list);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  async initialize(settings: Record<string, unknown> = {}): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
      initializationOptions: { settings },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the arrival time of the first diagnostics for `uri` at `version` (or any version when undefined). */
  async diagnosticsFor(uri: string, version: number | undefined, timeoutMs = 120_000): Promise<Arrival> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hit = this.arrivals.get(uri)?.find((a) => version === undefined || a.version === version);
      if (hit) return hit;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} v${version}; server log: ${this.logs.join('').slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  published(uri: string): Arrival[] {
    return this.arrivals.get(uri) ?? [];
  }

  /** VmRSS and VmHWM of the server process, in MB (from /proc; null where /proc is absent). */
  memory(): { rssMB: number; peakMB: number } | null {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
    } catch {
      return null;
    }
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 5000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}
