// Rehype plugin (build time): each h2 of a chapter starts a <section class="chapter-part"> holding that
// heading and everything up to the next h2 (a long one continued in <div>s of the same class). The parts
// exist so the browser can skip the style, layout and paint of the parts below the fold while a page loads
// (global.css gives them `content-visibility: auto`): a chapter is thousands of elements, most of them
// KaTeX, and laying them all out was most of a chapter's load on a slow phone. Only the page's structure
// changes: the text, its order and its headings stay as written (the table of contents, anchors and
// find-in-page work on them as before).
//
// A skipped part takes the height it is given until it is first shown (then the browser remembers its real
// one). Each part is given a generous estimate of its height on a phone, so it is rarely shorter than its
// content: a part that is too short lets its content, when something measures it (an accessibility checker,
// a script), overlap the next part's; too tall only moves the scrollbar's thumb until the reader gets there.
//
// MDX's own nodes at the top level (imports, exports) stay at the top level, where MDX needs them.

interface HastElement { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastNode[] }
interface HastText { type: 'text'; value: string }
type HastNode = HastElement | HastText | { type: string; name?: string | null; children?: HastNode[] };

const isElement = (node: HastNode): node is HastElement => node.type === 'element';
const isH2 = (node: HastNode): boolean => isElement(node) && node.tagName === 'h2';
/** A component (widget, self-check, code cell) in the MDX: its size and its markup are unknown here. */
const isComponent = (node: HastNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxFlowExpression';
const isHeading = (node: HastNode | undefined): boolean => !!node && isElement(node) && /^h[1-6]$/.test(node.tagName);
/** A part's last block, past the whitespace between blocks. */
const lastBlock = (part: HastElement): HastNode | undefined => part.children.findLast((n) => n.type !== 'text' || (n as HastText).value.trim() !== '');
const classes = (node: HastElement): string[] => {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

// A phone's text column (~380 px of ~16 px type, README "360 px phone is first-class"), rounded towards tall.
const CHARS_PER_LINE = 38;
const LINE_PX = 28;
const BLOCK_GAP_PX = 20;
/** A component (widget, self-check, code cell): its size is not in the tree; a tall widget's worth. */
const COMPONENT_PX = 2400;
const DISPLAY_MATH_PX = 90;
/** A part is continued in a new one once its estimate (before MARGIN) reaches this: about two phone screens of text, or one component. */
const PART_BUDGET_PX = 1600;
/** Estimates are scaled up by this much: better too tall than too short (see above). */
const MARGIN = 2;

/** Characters of text a reader sees in a node; a formula counts as a few characters. */
function textLength(node: HastNode): number {
  if (node.type === 'text') return (node as HastText).value.length;
  if (isElement(node) && classes(node).includes('katex')) return 6;
  return ((node as { children?: HastNode[] }).children ?? []).reduce((n, c) => n + textLength(c), 0);
}

/** Estimated height in px on a phone of one top-level node of a part. */
function blockHeight(node: HastNode): number {
  if (isComponent(node)) return COMPONENT_PX;
  if (!isElement(node)) return node.type === 'text' ? 0 : LINE_PX;
  if (classes(node).includes('katex-display')) return DISPLAY_MATH_PX;
  if (node.tagName === 'pre') return BLOCK_GAP_PX + LINE_PX * countLines(node);
  if (node.tagName === 'table') return BLOCK_GAP_PX + 2 * LINE_PX * node.children.reduce((n, c) => n + countTag(c, 'tr'), 0);
  if (node.tagName === 'figure' || node.tagName === 'svg' || node.tagName === 'img') return COMPONENT_PX / 2;
  // Lists, asides and other containers: their blocks, one after another.
  if (['ul', 'ol', 'aside', 'div', 'section', 'blockquote', 'details'].includes(node.tagName)) {
    const inner = node.children.reduce((n, c) => n + blockHeight(c), 0);
    return BLOCK_GAP_PX + Math.max(inner, LINE_PX);
  }
  return BLOCK_GAP_PX + LINE_PX * Math.max(1, Math.ceil(textLength(node) / CHARS_PER_LINE));
}

function countTag(node: HastNode, tag: string): number {
  const own = isElement(node) && node.tagName === tag ? 1 : 0;
  return own + ((node as { children?: HastNode[] }).children ?? []).reduce((n, c) => n + countTag(c, tag), 0);
}
function countLines(node: HastNode): number {
  const text = (n: HastNode): string => n.type === 'text' ? (n as HastText).value : ((n as { children?: HastNode[] }).children ?? []).map(text).join('');
  return text(node).split('\n').length;
}

/** A part's estimated height in px on a phone, with the margin: what it is given until first shown. */
export function estimatePartHeight(children: readonly HastNode[]): number {
  return Math.round(MARGIN * children.reduce((n, c) => n + blockHeight(c), 0) / 10) * 10;
}

/**
 * Groups the top level of a chapter's tree into parts: each h2 starts a <section>, and a section whose
 * estimate grows past PART_BUDGET_PX continues in a <div> of the same class before its next block. The
 * browser lays out every part that is near the screen as a whole, so one long part near the top (ch04's
 * first: a self-check, a widget, a code cell and its solution) was laid out in full at load; smaller ones
 * let it stop near the screen's end. A component also starts a part of its own (after its heading, if it
 * has one): it is often hundreds of elements (a self-check's formulas, a widget's), and in the part of the
 * text before it, it was laid out at load whenever that text reached the first screen (ch04's self-check,
 * ch04d's race, both a screen below). A heading stays with the block after it. What precedes the first
 * h2 stays as is.
 */
export function wrapChapterParts(tree: { children: HastNode[] }): void {
  const out: HastNode[] = [];
  let part: HastElement | null = null;
  let height = 0;
  const open = (tagName: string): HastElement => {
    const next: HastElement = { type: 'element', tagName, properties: { className: ['chapter-part'] }, children: [] };
    out.push(next);
    height = 0;
    return next;
  };
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm') { out.push(node); continue; }
    if (isH2(node)) part = open('section');
    else if (part && node.type !== 'text' && (height >= PART_BUDGET_PX || isComponent(node)) && !isHeading(lastBlock(part))) part = open('div');
    (part ? part.children : out).push(node);
    height += blockHeight(node);
  }
  for (const node of out) {
    if (isElement(node) && classes(node).includes('chapter-part')) {
      node.properties.style = `contain-intrinsic-block-size: auto ${estimatePartHeight(node.children)}px`;
    }
  }
  tree.children = out;
}

/**
 * Whether a content file is laid out in parts: the chapters (content/chapters/, content/<lang>/chapters/) and
 * the notation page (content/notation.mdx, content/<lang>/notation.mdx), whose ~80 formulas were laid out in
 * one go at load (3,169 layout objects, ~100 ms of a fast CPU). Guides and cells are not: a teacher prints a
 * guide whole.
 */
export function isPartedPage(path: string): boolean {
  return /\/content\/(?:[a-z]{2}\/)?(?:chapters\/[^/]+|notation)\.mdx?$/.test(path.replace(/\\/g, '/'));
}

/** The plugin: the pages isPartedPage() names, as their page lays sections out. */
export default function rehypeChapterParts() {
  return (tree: { children: HastNode[] }, file: { path?: string; history?: string[] }) => {
    if (isPartedPage(file.path ?? file.history?.[0] ?? '')) wrapChapterParts(tree);
  };
}
