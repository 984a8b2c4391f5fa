import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';

// The forum's deck opens again with the server away: the service worker (client/sw) keeps the
// app shell, and the requests a deck makes are kept here as soon as it is open, so a reload, the
// presenter window or a new tab of the same deck find them.

/** Where the deck keeps the directions captured and not yet acknowledged by the server. */
export const QUEUE_KEY = 'rapor.forum.pending-directions';

/** The cache the service worker answers the deck's requests from when the network is gone. */
export const DECK_CACHE = 'rapor-deck-data';

/** Installs the service worker (a production build only: development has no dist/sw.js). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

/** The requests a deck of this year (and snapshot) makes, as the page sends them. */
export function deckRequests(year: number, snapshot?: number): string[] {
  return [
    '/api/v1/auth/me',
    '/api/v1/identity',
    '/api/v1/identity/logo',
    `/api/v1/periods/${year}/deck${snapshot ? `?snapshot=${snapshot}` : ''}`,
    `/api/v1/periods/${year}/agenda${snapshot ? `?snapshot=${snapshot}` : ''}`,
    `/api/v1/directions?${new URLSearchParams({ year: String(year) })}`,
  ];
}

/** Keeps what an open deck needs for when the server is away; quietly does nothing offline. */
export async function keepDeckOffline(urls: readonly string[]) {
  if (!('caches' in window)) return;
  try {
    const cache = await caches.open(DECK_CACHE);
    await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url, { headers: { [APP_REQUEST_HEADER]: '1' } });
        if (response.ok) await cache.put(url, response);
        // an answer not kept (no logo set: 404) is read to its end all the same, or the
        // request stays open through the service worker
        else await response.arrayBuffer();
      }),
    );
  } catch {
    // offline already: what was kept before stays
  }
}

/** Signing out leaves nothing of the forum behind: the kept deck data and the waiting queue. */
export async function forgetOfflineDeck() {
  localStorage.removeItem(QUEUE_KEY);
  if ('caches' in window) await caches.delete(DECK_CACHE).catch(() => false);
}
