// The service worker's precache list (src/offline/precache.ts) and the worker it is written into
// (src/offline/integration.ts), on a small made-up dist/ directory.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPrecache, MAX_BYTES } from '../../src/offline/precache.ts';
import { renderServiceWorker } from '../../src/offline/integration.ts';

let dist: string;
const write = (path: string, content: string | Buffer) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
};

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'nn101-precache-'));
  write('index.html', '<h1>home</h1>');
  write('chapters/01-neuron/index.html', '<h1>one</h1>');
  write('lab/engine-check/index.html', '<h1>lab</h1>');
  write('favicon.svg', '<svg/>');
  write('_astro/CourseLayout.abc.css', 'body{}');
  write('_astro/Neuron.astro_astro_type_script_index_0_lang.x1.js', 'export{}');
  write('_astro/engine.worker-y2.js', 'export{}');
  write('_astro/nn101-engine.z3.wasm', Buffer.from([0, 97, 115, 109]));
  write('_astro/KaTeX_Main-Regular.k1.woff2', 'w2');
  write('_astro/KaTeX_Main-Regular.k2.woff', 'w1');
  write('_astro/KaTeX_Main-Regular.k3.ttf', 'tt');
  write('_astro/ort-wasm-simd-threaded.o1.wasm', 'big');
  write('_astro/ort-wasm-simd-threaded.o2.mjs', 'glue');
  write('_astro/ort.wasm.min.o3.js', 'runtime');
  write('models/digits.onnx', 'model');
  write('models/digits.json', '{}');
  write('_astro/huge.h1.bin', Buffer.alloc(MAX_BYTES + 1));
  write('_astro/src.p1.js.map', '{}');
  write('sw.js', 'old worker');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('buildPrecache', () => {
  it('lists every page by its URL, every CSS, JS chunk, wasm, woff2 font and the favicon', () => {
    expect(buildPrecache(dist).urls.sort()).toEqual([
      '',
      '_astro/CourseLayout.abc.css',
      '_astro/KaTeX_Main-Regular.k1.woff2',
      '_astro/Neuron.astro_astro_type_script_index_0_lang.x1.js',
      '_astro/engine.worker-y2.js',
      '_astro/nn101-engine.z3.wasm',
      'chapters/01-neuron/',
      'favicon.svg',
      'lab/engine-check/',
      'models/digits.json',
    ]);
  });

  it('leaves ttf/woff fonts, onnxruntime-web, models, big files, source maps and the worker to runtime', () => {
    const skipped = buildPrecache(dist).skipped.map((s) => s.path).sort();
    expect(skipped).toEqual([
      '_astro/KaTeX_Main-Regular.k2.woff',
      '_astro/KaTeX_Main-Regular.k3.ttf',
      '_astro/huge.h1.bin',
      '_astro/ort-wasm-simd-threaded.o1.wasm',
      '_astro/ort-wasm-simd-threaded.o2.mjs',
      '_astro/ort.wasm.min.o3.js',
      '_astro/src.p1.js.map',
      'models/digits.onnx',
      'sw.js',
    ]);
  });

  it('changes its version when a precached file changes, is added or removed, and only then', () => {
    const v0 = buildPrecache(dist).version;
    expect(v0).toMatch(/^[0-9a-f]{12}$/);
    expect(buildPrecache(dist).version).toBe(v0);
    write('sw.js', 'a newer worker'); // not precached: no new version
    write('models/digits.onnx', 'retrained');
    expect(buildPrecache(dist).version).toBe(v0);
    write('chapters/01-neuron/index.html', '<h1>one, revised</h1>');
    const v1 = buildPrecache(dist).version;
    expect(v1).not.toBe(v0);
    write('chapters/02-uses/index.html', '<h1>two</h1>');
    const v2 = buildPrecache(dist).version;
    expect(v2).not.toBe(v1);
    rmSync(join(dist, 'chapters/02-uses'), { recursive: true });
    expect(buildPrecache(dist).version).toBe(v1);
  });
});

describe('renderServiceWorker', () => {
  const template = readFileSync('src/offline/sw.js', 'utf8');

  it('puts the list into the real worker template, as the MANIFEST the worker reads', () => {
    const precache = buildPrecache(dist);
    const worker = renderServiceWorker(template, precache);
    expect(worker).not.toContain('__NN101_PRECACHE__');
    const manifest = JSON.parse(/const MANIFEST = (\{.*\});/.exec(worker)![1]);
    expect(manifest).toEqual({ version: precache.version, urls: precache.urls });
  });

  it('refuses a template without exactly one placeholder', () => {
    expect(() => renderServiceWorker('const MANIFEST = {};', { version: 'x', urls: [] })).toThrow(/exactly once/);
  });
});
