// Runs the suite (mocha) inside the extension host. Two entry points:
// - `run()` for @vscode/test-electron (`--extensionTestsPath`): rejects when a test fails;
// - `runSuite()` for the test-runner extension under code-server: resolves with the results, which it writes to a file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}
export interface SuiteResults {
  vscodeVersion: string;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
}

/** `progressFile` gets one line per test and hook as they start and end, so that a hang can be located. */
export async function runSuite(options: { grep?: string; reporter?: string; progressFile?: string } = {}): Promise<SuiteResults> {
  const vscode = await import('vscode');
  const mocha = new Mocha({ ui: 'bdd', timeout: Number(process.env.NEWSLENS_TEST_TIMEOUT_MS ?? 60000), color: false, reporter: options.reporter ?? 'spec' });
  const progress = (line: string) => {
    if (options.progressFile) fs.appendFileSync(options.progressFile, `${new Date().toISOString().slice(11, 23)} ${line}\n`);
  };
  const grep = options.grep ?? process.env.NEWSLENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(suiteDir, file));

  const tests: TestResult[] = [];
  const started = Date.now();
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('test', (t) => progress(`start ${t.fullTitle()}`));
    runner.on('hook', (h) => progress(`hook  ${h.fullTitle()}`));
    runner.on('test end', (t) => progress(`${t.state ?? 'ended'} ${t.fullTitle()}`));
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (t, error: Error) => tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: error?.message ?? String(error) }));
  });
  return {
    vscodeVersion: vscode.version,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
    durationMs: Date.now() - started,
    tests,
  };
}

export async function run(): Promise<void> {
  const results = await runSuite();
  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} VS Code tests failed`);
}
