// Jest reporter: at the end of a run, prints the Mongolian coverage the guard test
// (test/integration/mn-coverage.test.ts) wrote during this run, so `npm test` shows the figure.
const fs = require('node:fs');
const path = require('node:path');

class MnCoverageReporter {
  constructor(globalConfig) {
    this.file = path.join(globalConfig.rootDir, 'test-output', 'mn-coverage.txt');
    this.startedAt = Date.now();
  }

  onRunComplete() {
    if (!fs.existsSync(this.file) || fs.statSync(this.file).mtimeMs < this.startedAt) return;
    process.stdout.write(`\n${fs.readFileSync(this.file, 'utf8')}`);
  }
}

module.exports = MnCoverageReporter;
