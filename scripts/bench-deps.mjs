// Installs the benchmark-only packages (TensorFlow.js and its wasm backend, ConvNetJS, Lighthouse) into
// bench/node_modules the first time a benchmark needs them, so a reader's `npm ci` never downloads them.
// Usage: node scripts/bench-deps.mjs (run by `npm run bench` and `npm run bench:lighthouse`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const wanted = Object.keys(JSON.parse(readFileSync(join(bench, 'package.json'), 'utf8')).dependencies);
const missing = wanted.filter((name) => !existsSync(join(bench, 'node_modules', name, 'package.json')));

if (missing.length > 0) {
  console.log(`Installing the benchmark packages into bench/node_modules (first use; missing: ${missing.join(', ')})…`);
  // The lock file pins exact versions; install scripts are not needed by any of them.
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: bench, stdio: 'inherit' });
}
