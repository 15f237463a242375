// Bundles the VS Code suite (test/vscode) for the extension host, and packages the test-runner extension.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { out, repo } from './lib';

export const suiteBuild = path.join(out, 'build');
export const suiteEntry = path.join(suiteBuild, 'index.js');
export const runnerVsix = path.join(out, 'newslens-test-runner.vsix');

export async function buildSuite(): Promise<void> {
  fs.rmSync(suiteBuild, { recursive: true, force: true });
  const suiteDir = path.join(repo, 'test', 'vscode', 'suite');
  const tests = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f));
  const common: esbuild.BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' };
  await esbuild.build({ ...common, entryPoints: [path.join(repo, 'test', 'vscode', 'index.ts')], outfile: suiteEntry });
  await esbuild.build({ ...common, entryPoints: tests, outdir: path.join(suiteBuild, 'suite') });
}

export function packageRunner(): void {
  const src = path.join(out, 'runner-src');
  fs.rmSync(src, { recursive: true, force: true });
  fs.cpSync(path.join(repo, 'test', 'vscode', 'runner'), src, { recursive: true });
  const vsce = path.join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', runnerVsix], { cwd: src, stdio: ['ignore', 'pipe', 'pipe'] });
}
