// Rapor RB's service worker: the forum's deck survives a reload, a presenter window and a new
// tab while the server is away. It keeps the app shell (precached at install: the build's own
// file list) and, for the deck's routes only, the last answer of the few requests a deck makes
// (its data and agenda, this forum's directions, who is signed in, the ministry's name and logo). Everything else goes to the network
// untouched. Built into dist/sw.js by client/vite.config.ts, which fills in the two values.

const VERSION = '__VERSION__';
const PRECACHE = '__PRECACHE__';
const SHELL_CACHE = `rapor-shell-${VERSION}`;
// the page writes here too when a deck opens; signing out deletes it
const DECK_CACHE = 'rapor-deck-data';
const DECK_DATA =
  /^\/api\/v1\/(auth\/me|identity(\/logo)?|directions|periods\/\d{4}\/(deck|agenda))$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('rapor-shell-') && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The network first; its answer kept for when there is none. */
async function networkFirst(request, cacheName, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(fallback ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(fallback ?? request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (DECK_DATA.test(url.pathname)) {
    event.respondWith(networkFirst(request, DECK_CACHE));
  } else if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    // every page of the app is index.html; offline, the shell's copy starts the app
    event.respondWith(networkFirst(request, SHELL_CACHE, '/index.html'));
  } else if (url.pathname.startsWith('/assets/')) {
    // hashed names never change content: the precached copy is the file
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});
