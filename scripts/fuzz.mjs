// npm run fuzz: the property tests of test/unit/properties.test.ts in their long mode — many more runs a property,
// and the timing property (1 MB of each adversarial shape under a second). Pass-through env:
//   NEWSLENS_FUZZ_RUNS (default 5000), NEWSLENS_FUZZ_SEED (default: the fixed seed; "random" picks one and prints it),
//   NEWSLENS_FUZZ_LIMIT_MS (default 1000), NEWSLENS_FUZZ_TIMING=0 to skip the timing property.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildCoreBundle } from './coreBundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
env.NEWSLENS_FUZZ_RUNS ??= '5000';
env.NEWSLENS_FUZZ_TIMING ??= '1';
// The timing property measures the core as shipped.
if (env.NEWSLENS_FUZZ_TIMING === '1') env.NEWSLENS_CORE_BUNDLE = buildCoreBundle(root);
if (env.NEWSLENS_FUZZ_SEED === 'random') {
  env.NEWSLENS_FUZZ_SEED = String(Math.floor(Math.random() * 2 ** 31));
  process.stdout.write(`NEWSLENS_FUZZ_SEED=${env.NEWSLENS_FUZZ_SEED}\n`);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), 'test/unit/properties.test.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
