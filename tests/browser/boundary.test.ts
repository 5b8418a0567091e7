// The decision-boundary renderer in a real Chromium (WebGL2 on SwiftShader): for seeded networks covering
// every activation, all features, softmax with 4 classes, a single hidden unit and a wider-than-playground
// network, the shader's pixels agree with the engine's own evaluation computed here in Node (same class
// everywhere outside a thin band along the boundary, colours within 2/255 elsewhere), and the 2-D canvas
// fallback draws the same picture. Also: context loss, the shared context for thumbnails, data points.
// English only, on purpose (support/languages.ts): these are WebGL pixels against the engine's arithmetic,
// which no language changes, on a developers' lab page that has no Spanish version. The words around the
// pictures on Spanish pages (captions, descriptions) are checked by the tests of the widgets that show them
// (size-matters, regularization-lab, teach-it, the playground's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BOUNDARY_CASES, buildCaseNetwork, type BoundaryCase, type BoundaryCheckHook } from '../../src/render/boundary/check-cases';
import { classColor, classOf, valueColor } from '../../src/render/boundary/color-map';
import { resolveView } from '../../src/render/boundary/view';
import { hexToRgb, CLASS_COLORS } from '../../src/ui/colors';
import { launchBrowser, openPage, type Session, type WatchedPage } from './support/browser';

const SIZE = 128; // the lab page's canvases
const TOLERANCE = 2; // per channel, out of 255: float32 shader vs float64 engine, and 8-bit rounding

/** The window of the lab page, which carries the test hook. */
type HookWindow = typeof window & { nn101BoundaryCheck: BoundaryCheckHook };

let session: Session;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  session = await launchBrowser();
  watched = await openPage(session, '/lab/boundary-check/');
  page = watched.page;
  await page.waitForFunction(() => 'nn101BoundaryCheck' in window);
});
afterAll(async () => { await session?.close(); });

/** The expected picture from the engine in Node: colours and, per pixel, a class (or -1 for value mode). */
function expectedPicture(c: BoundaryCase) {
  const network = buildCaseNetwork(c);
  const view = resolveView(network, c.view);
  const base = { size: SIZE, extent: view.extent, ...(view.features ? { features: view.features } : {}) };
  const units = view.mode === 'class' ? [...Array(view.outputs).keys()] : [view.index];
  const grids = units.map((index) => network.evaluateGrid({ ...base, unit: { layer: view.layer, index } }));
  const colors: number[][] = [];
  const classes: number[] = [];
  for (let p = 0; p < SIZE * SIZE; p++) {
    const values = grids.map((g) => g[p]!);
    colors.push(view.mode === 'class' ? classColor(values, view.range) : valueColor(values[0]!, view.range));
    classes.push(view.mode === 'class' ? classOf(values, view.range).k : -1);
  }
  return { colors, classes, mode: view.mode, hasStep: c.spec.layers.some((l) => l.activation === 'step') };
}

const channelGap = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.max(...[0, 1, 2].map((i) => Math.abs(a[i]! - b[i]!)));

/**
 * Pixels next to a class change (class mode) or a jump of the value (a step unit): there float32 and
 * float64 may land on different sides, so the shader may differ from the engine.
 */
function boundaryBand(e: ReturnType<typeof expectedPicture>): boolean[] {
  const band = new Array<boolean>(SIZE * SIZE).fill(false);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const p = y * SIZE + x;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= SIZE || yy >= SIZE) continue;
          const q = yy * SIZE + xx;
          if (e.mode === 'class' && e.classes[q] !== e.classes[p]) band[p] = true;
          if (e.hasStep && channelGap(e.colors[q]!, e.colors[p]!) > 24) band[p] = true;
        }
      }
    }
  }
  return band;
}

async function pixelsOf(id: string, which: 'gpu' | 'cpu'): Promise<number[]> {
  return page.evaluate(([id, which]) => {
    return Array.from((window as HookWindow).nn101BoundaryCheck.renderers.get(id)![which].readPixels());
  }, [id, which] as const);
}

describe('boundary renderer', () => {
  it('really runs the shader in Chromium: the renderer reports webgl2 (and canvas2d when forced)', async () => {
    const backends = await page.evaluate(() =>
      [...(window as HookWindow).nn101BoundaryCheck.renderers.values()].map((r) => [r.gpu.backend, r.cpu.backend]));
    expect(backends).toHaveLength(BOUNDARY_CASES.length);
    for (const pair of backends) expect(pair).toEqual(['webgl2', 'canvas2d']);
    // The test machine has no GPU: the renderer says so, so widgets can draw fewer pixels.
    expect(await page.evaluate(() => (window as HookWindow).nn101BoundaryCheck.renderers.get('softmax-4')!.gpu.software)).toBe(true);
  });

  for (const c of BOUNDARY_CASES) {
    it(`${c.id}: the shader and the fallback both draw the engine's picture`, async () => {
      const expected = expectedPicture(c);
      const band = boundaryBand(expected);
      const gpu = await pixelsOf(c.id, 'gpu');
      const cpu = await pixelsOf(c.id, 'cpu');
      expect(gpu).toHaveLength(SIZE * SIZE * 4);

      // The picture is not trivial: two or more classes, or a real spread of colours.
      if (expected.mode === 'class') expect(new Set(expected.classes).size).toBeGreaterThan(1);
      else expect(Math.max(...expected.colors.map((col) => channelGap(col, expected.colors[0]!)))).toBeGreaterThan(60);

      const bandSize = band.filter(Boolean).length;
      expect(bandSize / band.length).toBeLessThan(0.1); // the band is thin

      let gpuOff = 0;
      let cpuOff = 0;
      const examples: string[] = [];
      for (let p = 0; p < SIZE * SIZE; p++) {
        const want = expected.colors[p]!;
        if (channelGap(gpu.slice(4 * p, 4 * p + 3), want) > TOLERANCE && !band[p]) {
          gpuOff++;
          if (examples.length < 3) examples.push(`pixel ${p % SIZE},${Math.floor(p / SIZE)}: shader ${gpu.slice(4 * p, 4 * p + 3)} vs engine ${want}`);
        }
        if (channelGap(cpu.slice(4 * p, 4 * p + 3), want) > 1) cpuOff++;
      }
      expect(examples).toEqual([]);
      expect(gpuOff).toBe(0);
      expect(cpuOff).toBe(0);
    });
  }

  it('draws the same pictures with the generic texture shader used for networks too big for uniforms', async () => {
    // 64 x 64 keeps this quick: the generic shader is the slow one on a software renderer.
    const differing = await page.evaluate(() => {
      const hook = (window as HookWindow).nn101BoundaryCheck;
      return hook.cases.map((c) => {
        const pictures = (['auto', 'generic'] as const).map((shader) => {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 64;
          // shared: no new WebGL context (Chromium drops the oldest one beyond 16)
          const r = hook.createBoundaryRenderer(canvas, { shader, shared: true });
          r.draw(hook.buildCaseNetwork(c), c.view);
          const pixels = r.readPixels();
          r.destroy();
          return pixels;
        });
        let off = 0;
        for (let p = 0; p < pictures[0]!.length; p += 4) {
          for (let i = 0; i < 3; i++) if (Math.abs(pictures[0]![p + i]! - pictures[1]![p + i]!) > 2) { off++; break; }
        }
        return [c.id, off] as const;
      });
    });
    // Both are float32 on the same GPU; at most a pixel lying right on a class boundary may differ.
    for (const [id, off] of differing) expect(off, id).toBeLessThanOrEqual(2);
  });

  it('survives a lost WebGL context: drawing while lost is harmless and the picture returns on restore', async () => {
    const id = BOUNDARY_CASES[0]!.id;
    const before = await pixelsOf(id, 'gpu');
    const restored = await page.evaluate(async (id) => {
      const hook = (window as HookWindow).nn101BoundaryCheck;
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-case="${id}"] [data-role="gpu"]`)!;
      const lose = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      const c = hook.cases.find((x) => x.id === id)!;
      const renderer = hook.renderers.get(id)!.gpu;
      const lost = new Promise((ok) => canvas.addEventListener('webglcontextlost', ok, { once: true }));
      lose.loseContext();
      await lost;
      renderer.draw(hook.buildCaseNetwork(c), c.view); // must not throw
      // Chromium refuses restoreContext() within the task that delivered the loss.
      await new Promise((ok) => setTimeout(ok, 0));
      const back = new Promise((ok) => canvas.addEventListener('webglcontextrestored', ok, { once: true }));
      lose.restoreContext();
      await back;
      return true;
    }, id);
    expect(restored).toBe(true);
    const after = await pixelsOf(id, 'gpu');
    expect(after).toEqual(before);
  });

  it('draws the same picture through the shared context used for thumbnails', async () => {
    const id = 'softmax-4';
    const direct = await pixelsOf(id, 'gpu');
    const shared = await page.evaluate((id) => {
      const hook = (window as HookWindow).nn101BoundaryCheck;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 128;
      const r = hook.createBoundaryRenderer(canvas, { shared: true });
      const c = hook.cases.find((x) => x.id === id)!;
      r.draw(hook.buildCaseNetwork(c), c.view);
      return { backend: r.backend, pixels: Array.from(r.readPixels()) };
    }, id);
    expect(shared.backend).toBe('webgl2');
    let off = 0;
    for (let p = 0; p < direct.length; p += 4) if (channelGap(direct.slice(p, p + 3), shared.pixels.slice(p, p + 3)) > 1) off++;
    expect(off).toBe(0);
  });

  it('refuses an impossible view with a message that says what is wrong', async () => {
    const message = await page.evaluate(() => {
      const hook = (window as HookWindow).nn101BoundaryCheck;
      try {
        hook.renderers.get('tanh-sigmoid')!.gpu.draw(hook.buildCaseNetwork(hook.cases[0]!), { extent: [-1, 1, -1, 1], features: ['x1'] });
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(message).toBe('1 features give 1 inputs but the network has 2');
  });

  it('draws training points filled and test points hollow, in class colour', async () => {
    const { pixels, points } = await page.evaluate(() => {
      const hook = (window as HookWindow).nn101BoundaryCheck;
      const overlay = document.getElementById('points-overlay') as HTMLCanvasElement;
      return {
        pixels: Array.from(overlay.getContext('2d')!.getImageData(0, 0, 192, 192).data),
        points: hook.points,
      };
    });
    const [xMin, xMax, yMin, yMax] = BOUNDARY_CASES[0]!.view.extent;
    for (const p of points) {
      const x = Math.round(((p.x1 - xMin) / (xMax - xMin)) * 192);
      const y = Math.round(((yMax - p.x2) / (yMax - yMin)) * 192);
      const at = (dx: number, dy = 0) => pixels.slice(4 * ((y + dy) * 192 + x + dx), 4 * ((y + dy) * 192 + x + dx) + 4);
      if (p.test) {
        expect(at(0)[3]).toBe(0); // hollow: the boundary shows through the centre
        // its outline, within the marker's radius (8 px), is drawn in the class colour
        let outline = 0;
        for (let dy = -10; dy <= 10; dy++) for (let dx = -10; dx <= 10; dx++) {
          if (at(dx, dy)[3] === 255 && channelGap(at(dx, dy), hexToRgb(CLASS_COLORS[p.label]!)) <= 1) outline++;
        }
        expect(outline).toBeGreaterThan(20);
      } else {
        expect(at(0)[3]).toBe(255);
        expect(channelGap(at(0), hexToRgb(CLASS_COLORS[p.label]!))).toBeLessThanOrEqual(1);
      }
    }
  });

  it('had no console error, exception or failed request', () => {
    expect(watched.problems).toEqual([]);
  });
});
