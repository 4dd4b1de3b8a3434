// Prints "N passed, N failed" from jest's --json results (the CI's closing line).
const fs = require('node:fs');
const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
