import type { DirectionInput } from '@rapor/shared/forum-schemas';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

// The directions captured at the forum and not yet acknowledged by the server live in the
// browser's IndexedDB: a reload, a closed tab or a browser restart loses none, and the deck and
// its presenter window share them (a BroadcastChannel tells the other window of each change).
// Each carries the clientId that makes sending it twice harmless.

export interface QueuedDirection {
  year: number;
  input: DirectionInput;
  queuedAt: string;
}

interface ForumDb extends DBSchema {
  'pending-directions': { key: string; value: QueuedDirection };
}

const DB_NAME = 'rapor-forum';
const STORE = 'pending-directions';
const CHANNEL = 'rapor-forum-queue';
/** Where an earlier version kept the queue (localStorage): moved over on first read. */
export const LEGACY_QUEUE_KEY = 'rapor.forum.pending-directions';

let opened: Promise<IDBPDatabase<ForumDb>> | null = null;
const database = () => {
  opened ??= openDB<ForumDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: 'input.clientId' });
    },
  });
  return opened;
};

/** The queue an earlier version kept in localStorage, as far as it reads; [] otherwise. */
export function parseLegacyQueue(text: string | null): QueuedDirection[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((q): q is QueuedDirection => typeof q?.input?.clientId === 'string')
      : [];
  } catch {
    return [];
  }
}

async function moveLegacyQueue(db: IDBPDatabase<ForumDb>) {
  const legacy = parseLegacyQueue(localStorage.getItem(LEGACY_QUEUE_KEY));
  if (legacy.length > 0) {
    const tx = db.transaction(STORE, 'readwrite');
    await Promise.all([...legacy.map((q) => tx.store.put(q)), tx.done]);
  }
  localStorage.removeItem(LEGACY_QUEUE_KEY);
}

/** This page: a window does not answer the changes it announced itself. */
const SELF = crypto.randomUUID();
const announce = () => {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(SELF);
  channel.close();
};

/** Every direction waiting to be sent, the oldest first. */
export async function readQueued(): Promise<QueuedDirection[]> {
  const db = await database();
  await moveLegacyQueue(db);
  const all = await db.getAll(STORE);
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Keeps a captured direction until the server acknowledges it. */
export async function addQueued(item: QueuedDirection) {
  await (await database()).put(STORE, item);
  announce();
}

/** The server has it (or refused it for good): it waits no longer. */
export async function removeQueued(clientId: string) {
  await (await database()).delete(STORE, clientId);
  announce();
}

/** Signing out leaves no direction behind. */
export async function clearQueued() {
  localStorage.removeItem(LEGACY_QUEUE_KEY);
  await (await database()).clear(STORE);
  announce();
}

/** Calls `listener` when another window of this browser changes the queue. */
export function onQueueChange(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    if (event.data !== SELF) listener();
  };
  return () => channel.close();
}
