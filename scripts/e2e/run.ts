// `npm run test:e2e`: the VS Code API suite in code-server, the UI checks in headless Chromium (with screenshots),
// and the language server driven by Neovim. Needs newslens.vsix (npm run package) and the Debian packages named in
// the README; installs code-server into a cache outside the repository on first use.
// Options (environment): NEWSLENS_E2E_ONLY=api,ui,nvim  NEWSLENS_CACHE=dir  NEWSLENS_SCREENSHOTS=dir (default test-results/e2e/screenshots; images to refresh the README's)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runApiSuite } from './apiSuite';
import { buildSuite, packageRunner, runnerVsix } from './build';
import { ensureCodeServer, installExtensions, log, out, repo, type Check } from './lib';
import { runNeovimCheck } from './nvim';
import { runUiChecks } from './ui';

async function main(): Promise<number> {
  const started = Date.now();
  const only = new Set((process.env.NEWSLENS_E2E_ONLY ?? 'api,ui,nvim').split(',').map((s) => s.trim()));
  const vsix = path.join(repo, 'newslens.vsix');
  const checks: Check[] = [];
  const phase = async (name: string, run: () => Promise<Check[]>) => {
    const t = Date.now();
    try {
      checks.push(...(await run()));
    } catch (error) {
      checks.push({ name, ok: false, ms: Date.now() - t, detail: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    log(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  fs.mkdirSync(out, { recursive: true });
  const workspace = path.join(out, 'workspace');
  const fresh = (scratch: boolean) => {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.mkdirSync(path.join(workspace, scratch ? 'scratch' : ''), { recursive: true });
    fs.cpSync(path.join(repo, 'samples'), path.join(workspace, 'samples'), { recursive: true });
  };

  if (only.has('api') || only.has('ui')) {
    if (!fs.existsSync(vsix)) throw new Error('newslens.vsix is missing: run `npm run package` first (npm run test:e2e does)');
    let t = Date.now();
    const bin = ensureCodeServer();
    log(`code-server ready in ${((Date.now() - t) / 1000).toFixed(1)} s: ${bin}`);
    t = Date.now();
    await buildSuite();
    packageRunner();
    const extensionsDir = path.join(out, 'extensions');
    fs.rmSync(extensionsDir, { recursive: true, force: true });
    installExtensions(bin, extensionsDir, path.join(out, 'install-data'), [vsix, runnerVsix]);
    log(`suite built, newslens.vsix and the test runner installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    if (only.has('api')) {
      fresh(true);
      await phase('VS Code API suite (code-server)', () => runApiSuite({ bin, extensionsDir, workspace, runDir: path.join(out, 'api') }));
    }
    if (only.has('ui')) {
      fresh(false);
      await phase('UI checks (Chromium + code-server)', () => runUiChecks({ bin, extensionsDir, workspace, runDir: path.join(out, 'ui') }));
    }
  }
  if (only.has('nvim')) await phase('Neovim check', () => runNeovimCheck());

  console.log('');
  for (const c of checks) {
    console.log(`${c.ok ? 'ok  ' : c.detail === 'skipped' ? 'skip' : 'FAIL'} ${c.name} (${(c.ms / 1000).toFixed(1)} s)`);
    if (!c.ok && c.detail && c.detail !== 'skipped') console.log(c.detail.split('\n').map((l) => `       ${l}`).join('\n'));
  }
  const passed = checks.filter((c) => c.ok).length;
  const skipped = checks.filter((c) => !c.ok && c.detail === 'skipped').length;
  const failed = checks.length - passed - skipped;
  console.log(`\nend-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
