// The one way a widget starts. Each widget module exports `mountX(root)`; its Astro script calls
// `mountWidgets('[data-x]', mountX)`. A widget starts when it comes within about a screen of the viewport,
// each in its own task, so opening a page runs only the widgets the reader is about to see (a slow phone
// is not blocked for seconds by charts and pictures far down the page). A widget that fails to start says
// so in the page, keeps its no-JavaScript description, and leaves the others working.
//
// `data-mount` on the root says where it is: "waiting" (not near yet), "starting" (an async start under
// way), "done", or "failed". Browser tests
// set `globalThis.nn101MountAll = true` before the page loads to start every widget at once (they operate
// widgets anywhere on the page); tests/browser/lazy-mount.test.ts checks the lazy path itself.
import { trainingControlsStrings } from '../i18n/index.ts';

type Mount = (root: HTMLElement) => void | Promise<void>;

/** Dispatched on document by printing (src/print/handout.ts): every waiting widget starts at once, since
 *  paper shows the whole page. Widgets that start synchronously are done when dispatchEvent returns. */
export const MOUNT_ALL_EVENT = 'nn101:mount-all';

/** How far outside the viewport a widget starts: about one screen above and below. */
const NEAR = '100% 0px 100% 0px';

export function mountWidgets(selector: string, mount: Mount): void {
  const roots = [...document.querySelectorAll<HTMLElement>(selector)].filter((root) => !root.dataset.mount);
  if (roots.length === 0) return;
  for (const root of roots) root.dataset.mount = 'waiting';
  document.addEventListener(MOUNT_ALL_EVENT, () => { for (const root of roots) start(root, mount); });
  const mountAll = (globalThis as { nn101MountAll?: boolean }).nn101MountAll === true;
  if (mountAll || typeof IntersectionObserver === 'undefined') {
    for (const root of roots) start(root, mount);
    return;
  }
  // Widgets already near the viewport start now, before the first paint where possible (starting them a
  // frame later would replace their description after it was shown, and shift the page under the reader).
  const later: HTMLElement[] = [];
  for (const root of roots) {
    if (isNear(root)) start(root, mount);
    else later.push(root);
  }
  if (later.length === 0) return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const root = entry.target as HTMLElement;
      observer.unobserve(root);
      // Its own task: two widgets coming into view together do not add up to one long task.
      setTimeout(() => start(root, mount), 0);
    }
  }, { rootMargin: NEAR });
  for (const root of later) observer.observe(root);
}

/** Within the area the browser draws at load: the screen and half a screen around it (the margin of
 *  `content-visibility: auto`, which chapter parts use). */
const nearBox = (box: DOMRect) => box.top < 1.5 * innerHeight && box.bottom > -0.5 * innerHeight;

/**
 * Whether a widget is within half a screen of the viewport now. A widget in a chapter part (a section the
 * browser skips rendering while it is far below, src/site/chapter-parts.ts) is far if its part is: measuring
 * the part needs only the page's own layout, while measuring the widget inside a skipped part would make the
 * browser lay out that whole part, the work skipping it saves. (A widget further down starts from the
 * observer below, in a task of its own, once the reader comes within about a screen of it.)
 */
function isNear(root: HTMLElement): boolean {
  const part = root.closest('.chapter-part');
  if (part && !nearBox(part.getBoundingClientRect())) return false;
  return nearBox(root.getBoundingClientRect());
}

function start(root: HTMLElement, mount: Mount): void {
  if (root.dataset.mount !== 'waiting') return;
  const fail = (error: unknown) => {
    root.dataset.mount = 'failed';
    const text = trainingControlsStrings().couldNotStart(error instanceof Error ? error.message : String(error));
    const line = root.querySelector('[data-role="error"]');
    if (line) line.textContent = text;
    else {
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = text;
      root.append(p);
    }
    console.warn(error);
  };
  try {
    const done = mount(root);
    if (done instanceof Promise) {
      root.dataset.mount = 'starting';
      done.then(() => { root.dataset.mount = 'done'; }, fail);
    } else root.dataset.mount = 'done';
  } catch (error) {
    fail(error);
  }
}
