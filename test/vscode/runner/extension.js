// Test-only extension, installed beside newslens under code-server (which has no --extensionTestsPath).
// When the extension host starts with NEWSLENS_TEST_SUITE (the bundled test/vscode/index.js) and
// NEWSLENS_TEST_RESULTS (a JSON file) in its environment, it runs the suite once and writes the results there.
'use strict';
const fs = require('node:fs');

exports.activate = async function activate() {
  const suite = process.env.NEWSLENS_TEST_SUITE;
  const results = process.env.NEWSLENS_TEST_RESULTS;
  if (!suite || !results) return;
  try {
    // One run per results file, even if a second window connects.
    fs.closeSync(fs.openSync(`${results}.started`, 'wx'));
  } catch {
    return;
  }
  let output;
  try {
    output = await require(suite).runSuite({ progressFile: `${results}.progress` });
  } catch (error) {
    output = { crashed: String((error && error.stack) || error) };
  }
  fs.writeFileSync(`${results}.tmp`, JSON.stringify(output, null, 2));
  fs.renameSync(`${results}.tmp`, results);
};

exports.deactivate = function deactivate() {};
