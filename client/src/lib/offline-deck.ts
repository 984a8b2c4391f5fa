import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import { clearQueued } from './direction-store';

// The forum's deck opens again with the server away: the service worker (client/sw) keeps the
// app shell, and the requests a deck makes are kept here as soon as it is open, so a reload, the
// presenter window or a new tab of the same deck find them.

/** The cache the service worker answers the deck's requests from when the network is gone. */
export const DECK_CACHE = 'rapor-deck-data';

/** Installs the service worker (a production build only: development has no dist/sw.js). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

const ofSnapshot = (snapshot?: number) => (snapshot ? `?snapshot=${snapshot}` : '');

/** The paths of a deck's own requests: its queries and the offline copy use these, never copies. */
export const deckPaths = {
  deck: (year: number, snapshot?: number) => `/api/v1/periods/${year}/deck${ofSnapshot(snapshot)}`,
  agenda: (year: number, snapshot?: number) =>
    `/api/v1/periods/${year}/agenda${ofSnapshot(snapshot)}`,
  directions: (filter: { year?: number; area?: string }) => {
    const query = new URLSearchParams();
    if (filter.year !== undefined) query.set('year', String(filter.year));
    if (filter.area) query.set('area', filter.area);
    return `/api/v1/directions?${query}`;
  },
  me: '/api/v1/auth/me',
  identity: '/api/v1/identity',
  logo: '/api/v1/identity/logo',
};

/** The requests a deck of this year (and snapshot) makes, as the page sends them. */
export function deckRequests(year: number, snapshot?: number): string[] {
  return [
    deckPaths.me,
    deckPaths.identity,
    deckPaths.logo,
    deckPaths.deck(year, snapshot),
    deckPaths.agenda(year, snapshot),
    deckPaths.directions({ year }),
  ];
}

/**
 * Keeps what an open deck needs for when the server is away; quietly does nothing offline. A
 * page the service worker already controls needs nothing more: the worker keeps each of these
 * answers as the page asks for them (fetching them again here would load the deck twice).
 */
export async function keepDeckOffline(urls: readonly string[]) {
  if (!('caches' in window) || navigator.serviceWorker?.controller) return;
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
  await clearQueued().catch(() => undefined);
  if ('caches' in window) await caches.delete(DECK_CACHE).catch(() => false);
}
