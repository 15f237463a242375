// The analysis core bundled the way the CLI and the server ship it, for the benchmark and the fuzz timing: run from
// the TypeScript sources (tsx), every imported constant and function is reached through a getter, which makes the
// core markedly slower than what users run.
import * as esbuild from 'esbuild';
import path from 'node:path';

/** Builds dist/core-bundle.js (createLanguageService, loadBundledKnowledge) and returns its path. */
export function buildCoreBundle(root) {
  const outfile = path.join(root, 'dist', 'core-bundle.js');
  esbuild.buildSync({
    stdin: {
      contents: "export { createLanguageService } from './server/src/analysis/index'; export { loadBundledKnowledge } from './server/src/knowledgeFiles';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    supported: { 'regexp-unicode-property-escapes': true },
  });
  return outfile;
}
