// The language server is an LSP server, not a VS Code add-on: Neovim (Debian's, headless) drives it over stdio.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { out, repo, type Check } from './lib';

interface NeovimResult {
  nvim: string;
  server?: { name: string; version?: string };
  published: { uri: string; codes: string[]; sources: string[] }[];
  diagnostics_uri?: string;
  diagnostics_arrived?: boolean;
  diagnostics_in_buffer?: number;
  hover?: string;
  errors: string[];
}

export async function runNeovimCheck(): Promise<Check[]> {
  const started = Date.now();
  const dir = path.join(out, 'nvim');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const resultFile = path.join(dir, 'result.json');
  const nvim = process.env.NEWSLENS_NVIM ?? 'nvim';
  const env = {
    ...process.env,
    NEWSLENS_SERVER: path.join(repo, 'bin', 'newslens-language-server.js'),
    NEWSLENS_DIAGNOSTICS_FILE: path.join(repo, 'samples', 'review-needed.article'),
    NEWSLENS_HOVER_FILE: path.join(repo, 'samples', 'macron-xi-call.article'),
    NEWSLENS_NVIM_RESULT: resultFile,
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
  };
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(nvim, ['--headless', '--clean', '-n', '-u', path.join(repo, 'test', 'nvim', 'init.lua')], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90000);
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', (error) => reject(new Error(`cannot start ${nvim} (apt-get install neovim): ${error.message}`)));
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const ms = Date.now() - started;
  if (!fs.existsSync(resultFile)) return [{ name: 'neovim: the LSP session ran', ok: false, ms, detail: `nvim exited ${code} without a result\n${output.join('')}` }];
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as NeovimResult;
  const mine = result.published.filter((p) => p.uri === result.diagnostics_uri);
  const codes = [...new Set(mine.flatMap((p) => p.codes))];
  const errors = result.errors.length ? `\nerrors: ${result.errors.join('; ')}` : '';
  return [
    {
      name: `neovim ${result.nvim}: diagnostics from newslens arrive for review-needed.article`,
      ok: !!result.diagnostics_arrived && mine.some((p) => p.sources.includes('newslens')) && (result.diagnostics_in_buffer ?? 0) > 0,
      ms,
      detail: `codes: ${codes.join(', ') || 'none'}; in the buffer: ${result.diagnostics_in_buffer}${errors}`,
    },
    {
      name: `neovim ${result.nvim}: a hover on "Macron" answers "President of France"`,
      ok: /President of (the )?(France|French Republic)/.test(result.hover ?? ''),
      ms: 0,
      detail: `hover: ${JSON.stringify(result.hover ?? null)}${errors}`,
    },
  ];
}
