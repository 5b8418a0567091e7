// Printing a chapter or a teacher guide as a handout. Before the browser lays the page out for print
// (beforeprint, which Ctrl/Cmd+P, the browser's menu and our "Print a handout" button all fire), each
// widget gets a card above it: its title, a QR code and a link back to it as printed (./state-link.ts);
// each canvas gets a picture of what it shows now (a WebGL canvas need not keep its last frame, and some
// browsers print canvases blank or cut); each self-check question gets space to answer. afterprint removes
// all of it. What is hidden on paper (navigation, buttons, sliders, feedback) is ./print.css.
//
// The QR encoder (~3.5 KB gzip) loads only when a reader prints: the button and Ctrl/Cmd+P load it first,
// then print. beforeprint itself cannot wait for a download, so the very first print from the browser's
// menu shows each widget's link as text without its QR code (every later print has both).
import { el } from '../ui/dom.ts';
import { MOUNT_ALL_EVENT } from '../ui/mount.ts';
import { widgetStateLink } from './state-link.ts';
import { widgetRoots } from './widget-roots.ts';
import { printStrings } from '../i18n/index.ts';

const S = printStrings();

/** Widgets that get a QR card: the interactive ones (self-checks get answer space, static figures nothing). */
const LINKED_WIDGETS = '.widget, .backprop, .digit-pad, [data-playground]';
/** Widgets that keep their whole state in the page's URL fragment. */
const FRAGMENT_STATE = '[data-playground]';
const ADDED = 'data-print-added';
/** How long the button waits for widgets that start asynchronously before printing anyway. */
const START_WAIT_MS = 5000;

let qr: typeof import('./qr-svg.ts') | null = null;
const loadQr = async () => { qr ??= await import('./qr-svg.ts'); };

/** The nearest heading before `root` in the page (for widgets without an id or a title of their own). */
function headingBefore(root: HTMLElement): HTMLElement | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')];
  return headings.filter((h) => h.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
}

function widgetTitle(root: HTMLElement): string {
  const labelledBy = root.getAttribute('aria-labelledby');
  const label = (labelledBy && document.getElementById(labelledBy)?.textContent)
    || root.querySelector(':scope > .widget-title, :scope > figcaption')?.textContent
    || root.getAttribute('aria-label')
    || headingBefore(root)?.textContent;
  return label?.replace(/\s+/g, ' ').trim() || S.widgetFallbackTitle;
}

function addCard(root: HTMLElement): void {
  const title = widgetTitle(root);
  const link = widgetStateLink({
    href: location.href,
    id: root.id,
    headingId: headingBefore(root)?.id ?? '',
    printLink: root.getAttribute('data-print-link'),
    stateInFragment: root.matches(FRAGMENT_STATE),
  });
  const text = el('p', {}, el('strong', {}, title), el('br'), S.openLink, el('br'), el('a', { className: 'print-link', href: link }, link));
  const card = qr ? el('div', { className: 'print-card' }, qr.qrSvg(link, S.qrLabel(title)), text) : el('div', { className: 'print-card' }, text);
  card.setAttribute(ADDED, '');
  card.dataset.printLinkFor = root.id;
  root.before(card);
}

/**
 * Puts a picture of each visible canvas beside it. The picture shows (and the canvas hides) on paper only
 * once it has decoded: a print that starts sooner prints the canvas itself, never an empty picture.
 */
function snapshotCanvases(root: HTMLElement): Promise<void>[] {
  const decoded: Promise<void>[] = [];
  for (const canvas of root.querySelectorAll('canvas')) {
    if (!canvas.width || !canvas.height || canvas.getClientRects().length === 0) continue;
    let url: string;
    try { url = canvas.toDataURL(); } catch { continue; } // a tainted or lost canvas prints as itself
    if (!url.startsWith('data:image/')) continue;
    const style = getComputedStyle(canvas);
    const img = el('img', { className: 'print-snapshot', alt: '', width: canvas.width, height: canvas.height });
    img.setAttribute(ADDED, '');
    img.setAttribute('aria-hidden', 'true');
    // Same width as the canvas; stacked canvases (a boundary under its points) stay stacked. A canvas in
    // the flow keeps its aspect ratio from the width (a copied height would not shrink with max-width).
    img.style.width = style.width;
    if (style.position === 'absolute' || style.position === 'fixed') {
      for (const p of ['position', 'top', 'left', 'right', 'bottom', 'z-index', 'height'] as const) img.style.setProperty(p, style.getPropertyValue(p));
    }
    img.src = url;
    canvas.after(img);
    decoded.push(img.decode().then(() => {
      img.classList.add('print-ready');
      canvas.classList.add('print-replaced');
    }, () => img.remove()));
  }
  return decoded;
}

function addAnswerSpace(root: HTMLElement): void {
  for (const question of root.querySelectorAll('.self-check-question')) {
    const space = el('p', { className: 'print-answer-space' }, S.answerSpace);
    space.setAttribute(ADDED, '');
    question.append(space);
  }
}

let prepared: Promise<void> | null = null;

/** Adds everything a handout needs; returns when every canvas picture has decoded. Idempotent until cleanUp. */
export function prepareHandout(): Promise<void> {
  if (prepared) return prepared;
  // Widgets start only near the viewport (src/ui/mount.ts); paper shows them all.
  document.dispatchEvent(new Event(MOUNT_ALL_EVENT));
  const main = document.querySelector('main') ?? document.body;
  const decoded: Promise<void>[] = [];
  for (const root of widgetRoots(main)) {
    decoded.push(...snapshotCanvases(root));
    if (root.matches(LINKED_WIDGETS)) addCard(root);
    addAnswerSpace(root);
  }
  prepared = Promise.all(decoded).then(() => undefined);
  return prepared;
}

export function cleanUpHandout(): void {
  prepared = null;
  document.querySelectorAll(`[${ADDED}]`).forEach((node) => node.remove());
  document.querySelectorAll('.print-replaced').forEach((node) => node.classList.remove('print-replaced'));
}

/** Loads the QR encoder, prepares the handout and waits for its pictures, then opens the print dialog. */
async function printHandout(): Promise<void> {
  await loadQr();
  cleanUpHandout();
  // Start every widget and give those that start asynchronously (a model to load) time to draw.
  document.dispatchEvent(new Event(MOUNT_ALL_EVENT));
  const deadline = performance.now() + START_WAIT_MS;
  while (document.querySelector('[data-mount="starting"]') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await prepareHandout();
  print();
}

export function mountHandoutPrinting(): void {
  addEventListener('beforeprint', () => { void prepareHandout(); });
  addEventListener('afterprint', cleanUpHandout);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-handout]')) {
    button.dataset.ready = '';
    button.addEventListener('click', () => { void printHandout(); });
  }
  // Ctrl/Cmd+P before the QR encoder is here: load it, then print (once it is loaded, the browser's own
  // shortcut prints as usual).
  addEventListener('keydown', (event) => {
    if (qr || !(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'p') return;
    event.preventDefault();
    void printHandout();
  });
}
