// Expected output kept next to the tests in test/unit/expected/; NEWSLENS_UPDATE=1 rewrites it, then read the diff.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.join(__dirname, '..', 'unit', 'expected');

export function matchesSnapshot(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (process.env.NEWSLENS_UPDATE === '1' || !fs.existsSync(file)) {
    if (!fs.existsSync(file) && process.env.CI) assert.fail(`missing expected file ${file}; run the tests with NEWSLENS_UPDATE=1 and commit it`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs; if the change is right, run with NEWSLENS_UPDATE=1`);
}
