// `npm run test:vscode`: the suite in desktop VS Code through @vscode/test-electron.
// VSCODE_EXECUTABLE_PATH=/path/to/code uses a local VS Code; without it, test-electron downloads one (VSCODE_VERSION,
// default stable), which needs a machine that can reach VS Code's download servers. Offline, use `npm run test:e2e`
// (code-server). The extension under test is this folder (dist/ from `npm run build`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, suiteEntry } from '../../scripts/e2e/build';
import { out, repo } from '../../scripts/e2e/lib';

async function main(): Promise<void> {
  await buildSuite();
  const dir = path.join(out, 'electron');
  const workspace = path.join(dir, 'workspace');
  const userData = path.join(dir, 'user-data');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(workspace, 'scratch'), { recursive: true });
  fs.cpSync(path.join(repo, 'samples'), path.join(workspace, 'samples'), { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'git.enabled': false, 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'update.mode': 'none' }, null, 2));
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
  await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: process.env.VSCODE_VERSION || 'stable' }),
    extensionDevelopmentPath: repo,
    extensionTestsPath: suiteEntry,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`, `--extensions-dir=${path.join(dir, 'extensions')}`],
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
