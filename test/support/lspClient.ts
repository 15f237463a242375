// Starts the bundled server over stdio and speaks LSP to it, as any editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { serverPath } from './paths';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity?: number; code?: string; source?: string; message: string }[];
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly published = new Map<string, PublishedDiagnostics[]>();
  private readonly waiters: (() => void)[] = [];
  readonly logs: string[] = [];

  constructor(private readonly configuration: Record<string, unknown> = {}) {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.logs.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, [...(this.published.get(p.uri) ?? []), p]);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'newslens' ? this.configuration : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'newsroom' }] : null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  setConfiguration(configuration: Record<string, unknown>): Promise<void> {
    Object.assign(this.configuration, configuration);
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Waits until diagnostics for `uri` arrive that satisfy `accept` (the latest publication is tested). */
  async diagnostics(uri: string, accept: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.published.get(uri)?.at(-1);
      if (latest && accept(latest)) return latest;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(latest)}; server log: ${this.logs.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (c) => resolve(c));
    });
    this.connection.dispose();
    return code;
  }
}
