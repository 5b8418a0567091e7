// nn101's service worker: once one page has loaded, the whole course works without a connection.
// This is a template: after `astro build`, src/offline/integration.ts writes it to dist/sw.js with the
// precache list (src/offline/precache.ts) in place of the placeholder MANIFEST is set to. Plain JS.
//
// - Precached files (every page, CSS, JS chunk, the engine's wasm, KaTeX's woff2 fonts, favicon): downloaded
//   on install, served cache-first.
// - Pages (navigations): network-first, so an update shows when online; the cache when offline.
// - Any other same-origin GET (onnxruntime-web's wasm, the digit model): cache-first, cached the first time.
// - Requests to other origins: never touched (there should be none).
// Caches are named by the precache version; activating a new version deletes every older nn101 cache.
const MANIFEST = __NN101_PRECACHE__;
// Type-checked on its own (tsconfig.sw.json, WebWorker lib): `self` is this service worker's global scope.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const PREFIX = 'nn101-';
const PRECACHE = `${PREFIX}precache-${MANIFEST.version}`;
const RUNTIME = `${PREFIX}runtime-${MANIFEST.version}`;
/** How long a page request may take before a saved copy is shown instead (bad Wi-Fi). */
const NAVIGATION_TIMEOUT_MS = 5000;

const scope = () => sw.registration.scope;
const precacheURLs = () => MANIFEST.urls.map((u) => new URL(u, scope()).href);
/** @type {Set<string>} */
const precached = new Set();

sw.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(PRECACHE);
    // Content-hashed build files (/_astro/) never change under the same name: reuse them from an older
    // version's cache instead of downloading them again.
    const missing = [];
    for (const url of precacheURLs()) {
      const old = url.includes('/_astro/') ? await caches.match(url) : undefined;
      if (old) await cache.put(url, old);
      else missing.push(url);
    }
    // no-cache: revalidate with the server, so a stale HTTP-cached page is not saved as this version.
    // Any failure fails the install (the browser tries again later); what was saved is reused then.
    await Promise.all(missing.map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
      // A response that followed a redirect cannot answer a navigation: store its body under this URL.
      await cache.put(url, response.redirected
        ? new Response(await response.blob(), { status: response.status, headers: response.headers })
        : response);
    }));
    await sw.skipWaiting();
  })());
});

sw.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== PRECACHE && name !== RUNTIME) await caches.delete(name);
    }
    await sw.clients.claim();
  })());
});

/**
 * The URL a page is saved under: no query or fragment (the playground keeps its state there).
 * @param {string} url
 */
function pageKey(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** @param {string} url */
async function savedPage(url) {
  const cache = await caches.open(PRECACHE);
  const key = pageKey(url);
  return (await cache.match(key)) ?? (key.endsWith('/') ? undefined : await cache.match(`${key}/`));
}

/** @param {Request} request */
async function networkFirstPage(request) {
  const saved = savedPage(request.url);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') {
      const cache = await caches.open(PRECACHE);
      await cache.put(pageKey(request.url), response.clone());
    }
    return response;
  });
  network.catch(() => {}); // a failure is handled below, or no longer matters once the saved copy was shown
  // Slow network: show the saved copy after a while (the fresh one is still saved when it arrives).
  const slow = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS)).then(() => saved);
  try {
    const first = await Promise.race([network, slow]);
    if (first) return first;
    return await network;
  } catch {
    const copy = await saved;
    if (copy) return copy;
    return new Response(
      '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Offline</title>' +
        '<p>You are offline, and this page was not saved on this device. <a href="./">Back</a></p>',
      { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
    );
  }
}

/**
 * @param {Request} request
 * @param {string} cacheName
 */
async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  // Only whole, same-origin, successful responses (a 206 range or an error must not be replayed later).
  if (response.status === 200 && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') { event.respondWith(networkFirstPage(request)); return; }
  if (precached.size === 0) precacheURLs().forEach((u) => precached.add(u));
  url.hash = '';
  event.respondWith(cacheFirst(request, precached.has(url.href) ? PRECACHE : RUNTIME));
});

// A page asks whether everything is saved (for the "Available offline" note); the answer counts the
// precache entries actually present, so it is true only when the course would work offline.
sw.addEventListener('message', (event) => {
  if (event.data?.type !== 'nn101-offline-status' || !event.ports[0]) return;
  event.waitUntil((async () => {
    const cache = await caches.open(PRECACHE);
    const urls = precacheURLs();
    let saved = 0;
    for (const url of urls) if (await cache.match(url)) saved++;
    event.ports[0].postMessage({ version: MANIFEST.version, saved, total: urls.length, complete: saved === urls.length });
  })());
});
