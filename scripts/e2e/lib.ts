// Shared by the end-to-end scripts: paths, the code-server cache, starting code-server, and the browser.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repo = path.resolve(__dirname, '..', '..');
/** Everything the run writes, inside the repository but ignored by git (test-results/). */
export const out = path.join(repo, 'test-results', 'e2e');
export const cacheDir = process.env.NEWSLENS_CACHE ?? path.join(os.homedir(), '.cache', 'newslens-e2e');
export const chromiumPath = process.env.NEWSLENS_CHROMIUM ?? '/usr/bin/chromium';

export interface Check {
  name: string;
  ok: boolean;
  ms: number;
  detail?: string;
}

export function log(message: string): void {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Installs code-server into the cache if it is not there yet (idempotent) and returns its launcher. */
export function ensureCodeServer(): string {
  const stdout = execFileSync('bash', [path.join(__dirname, 'install-code-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, NEWSLENS_CACHE: cacheDir } });
  const bin = stdout.trim().split('\n').pop()!;
  if (!fs.existsSync(bin)) throw new Error(`install-code-server.sh printed no launcher: ${stdout}`);
  return bin;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a truthy value or the deadline passes. */
export async function until<T>(what: string, probe: () => T | Promise<T>, timeoutMs: number, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** code-server runs in a process group of its own: stop the ones still running if this run is interrupted. */
const running = new Set<CodeServer>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    void Promise.all([...running].map((s) => s.stop())).finally(() => process.exit(130));
  });
}

export interface CodeServer {
  url: string;
  dataDir: string;
  output: string[];
  stop(): Promise<void>;
  /** The extension host's log, for failure reports. */
  extensionHostLog(): string;
}

export function installExtensions(bin: string, extensionsDir: string, dataDir: string, vsixes: string[]): void {
  const args = ['--extensions-dir', extensionsDir, '--user-data-dir', dataDir];
  for (const vsix of vsixes) args.push('--install-extension', vsix);
  execFileSync(bin, [...args, '--force'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.hover.delay': 100,
  'outline.collapseItems': 'alwaysCollapse',
  'files.autoSave': 'off',
  'editor.hover.above': false,
  'workbench.reduceMotion': 'on',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** Starts code-server on a free loopback port with its own user data; resolves once it answers HTTP. */
export async function startCodeServer(options: { bin: string; extensionsDir: string; dataDir: string; workspace: string; env?: Record<string, string> }): Promise<CodeServer> {
  const { bin, extensionsDir, dataDir, workspace } = options;
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const port = await freePort();
  const args = ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--extensions-dir', extensionsDir, '--user-data-dir', dataDir, workspace];
  const child: ChildProcess = spawn(bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const answering = until('code-server to answer', async () => {
    if (exited) throw new Error(`code-server exited: ${output.join('')}`);
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
    } catch {
      return false;
    }
  }, 60000);
  await answering.catch((error) => {
    if (!exited && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    throw error;
  });
  const server: CodeServer = {
    url,
    dataDir,
    output,
    async stop() {
      running.delete(server);
      if (exited || child.pid === undefined) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await gone;
      clearTimeout(timer);
    },
    extensionHostLog() {
      const logs = path.join(dataDir, 'logs');
      const found: string[] = [];
      const walk = (dir: string) => {
        if (!fs.existsSync(dir)) return;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (/exthost\.log$/.test(entry.name)) found.push(full);
        }
      };
      walk(logs);
      return found.map((f) => `--- ${path.relative(dataDir, f)}\n${fs.readFileSync(f, 'utf8').split('\n').filter((l) => !l.startsWith('\t')).join('\n').slice(-6000)}`).join('\n');
    },
  };
  running.add(server);
  return server;
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium (or set NEWSLENS_CHROMIUM)`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

export async function openWorkbench(browser: Browser, url: string, viewport = { width: 1400, height: 860 }): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  return page;
}

export function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}
