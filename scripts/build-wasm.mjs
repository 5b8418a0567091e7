// Compiles the AssemblyScript kernels (assembly/) to src/engine/wasm/build/nn101-engine.wasm with SIMD.
// Runs on `npm ci` (prepare), `npm run build` and `npm run bench`, so a fresh clone needs no committed binary.
// Skips the compile when the .wasm is newer than every source file.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'assembly');
const outFile = join(root, 'src/engine/wasm/build/nn101-engine.wasm');

const sources = readdirSync(sourceDir).filter((f) => f.endsWith('.ts')).map((f) => join(sourceDir, f));
const newestSource = Math.max(...sources.map((f) => statSync(f).mtimeMs), statSync(fileURLToPath(import.meta.url)).mtimeMs);
let upToDate = false;
try {
  upToDate = statSync(outFile).mtimeMs > newestSource;
} catch {}

if (upToDate && !process.argv.includes('--force')) {
  console.log('wasm: src/engine/wasm/build/nn101-engine.wasm is up to date');
} else {
  mkdirSync(dirname(outFile), { recursive: true });
  const asc = await import('assemblyscript/asc');
  const { error, stderr } = await asc.main([
    join(sourceDir, 'index.ts'),
    '--outFile', outFile,
    '--optimizeLevel', '3',
    '--shrinkLevel', '0',
    '--runtime', 'stub',
    '--enable', 'simd',
    '--noAssert',
    '--initialMemory', '1',
  ]);
  if (error) {
    console.error(stderr.toString());
    console.error(`wasm: compiling assembly/ failed: ${error.message}`);
    process.exit(1);
  }
  console.log(`wasm: built src/engine/wasm/build/nn101-engine.wasm (${statSync(outFile).size} bytes)`);
}
