// Takes the README's screenshot (docs/screenshot.png) of the built site with headless Chromium:
//   npm run build && node scripts/screenshot.mjs [path] [out.png] [width] [height] [dark]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

const [path = '/chapters/01-what-is-a-neural-network/', out = 'docs/screenshot.png', width = '1280', height = '1200', dark] = process.argv.slice(2);
const executablePath = findChrome();
if (!executablePath) { console.error(INSTALL_HINT); process.exit(1); }

const root = resolve('dist');
/** @type {Record<string, string>} content type by file extension */
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  try {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(root)) throw new Error('outside');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(null)));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
// Scale 0.7 keeps the file small while showing the whole widget at a desktop layout.
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, deviceScaleFactor: 0.7, colorScheme: dark ? 'dark' : 'light' });
await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
// The first widget if the page has one (the point of the course), else the top of the page.
const widget = page.locator('.widget').first();
await page.waitForTimeout(400);
if (await widget.count()) await widget.screenshot({ path: out });
else await page.screenshot({ path: out });
await browser.close();
server.close();
console.log(`wrote ${out}`);
