// Runs test/vscode's suite inside code-server's extension host through the test-runner extension, and reads its results.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SuiteResults } from '../../test/vscode/index';
import { suiteEntry } from './build';
import { launchBrowser, log, openWorkbench, startCodeServer, until, type Check } from './lib';

export async function runApiSuite(options: { bin: string; extensionsDir: string; workspace: string; runDir: string }): Promise<Check[]> {
  const results = path.join(options.runDir, 'results.json');
  fs.rmSync(options.runDir, { recursive: true, force: true });
  fs.mkdirSync(options.runDir, { recursive: true });
  const server = await startCodeServer({
    bin: options.bin,
    extensionsDir: options.extensionsDir,
    dataDir: path.join(options.runDir, 'data'),
    workspace: options.workspace,
    env: { NEWSLENS_TEST_SUITE: suiteEntry, NEWSLENS_TEST_RESULTS: results },
  });
  const browser = await launchBrowser();
  const started = Date.now();
  try {
    // The extension host starts when a window connects; the runner extension then runs the suite.
    const page = await openWorkbench(browser, server.url);
    log('VS Code window connected; the suite runs in the extension host');
    const progress = `${results}.progress`;
    let shown = 0;
    await until('the suite results', () => {
      // Echo the tests as they end, for a CI log that shows where a run is.
      const lines = fs.existsSync(progress) ? fs.readFileSync(progress, 'utf8').split('\n').filter((l) => /^\S+ (passed|failed) /.test(l)) : [];
      for (const line of lines.slice(shown)) log(`  ${line.slice(13)}`);
      shown = lines.length;
      return fs.existsSync(results);
    }, Number(process.env.NEWSLENS_SUITE_TIMEOUT_MS ?? 300000), 250).catch(async (error: Error) => {
      const shot = path.join(options.runDir, 'timeout.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      const tail = fs.existsSync(progress) ? fs.readFileSync(progress, 'utf8').split('\n').slice(-15).join('\n') : '(no progress)';
      throw new Error(`${error.message}\nlast progress:\n${tail}\nscreenshot: ${shot}\n${server.extensionHostLog().slice(-3000)}\n--- code-server\n${server.output.join('').slice(-2000)}`);
    });
  } finally {
    await browser.close();
    await server.stop();
  }
  const parsed = JSON.parse(fs.readFileSync(results, 'utf8')) as SuiteResults | { crashed: string };
  if ('crashed' in parsed) return [{ name: 'VS Code API suite', ok: false, ms: Date.now() - started, detail: parsed.crashed }];
  log(`suite ran in VS Code ${parsed.vscodeVersion} (code-server) in ${(parsed.durationMs / 1000).toFixed(1)} s`);
  return parsed.tests.map((t) => ({ name: `vscode: ${t.title}`, ok: t.state === 'passed', ms: t.durationMs, detail: t.state === 'pending' ? 'skipped' : t.error }));
}
