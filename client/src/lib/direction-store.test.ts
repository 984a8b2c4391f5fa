import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addQueued,
  clearQueued,
  LEGACY_QUEUE_KEY,
  onQueueChange,
  parseLegacyQueue,
  type QueuedDirection,
  readQueued,
  removeQueued,
} from './direction-store';

const queued = (clientId: string, queuedAt = '2026-11-26T03:00:00Z'): QueuedDirection => ({
  year: 2024,
  queuedAt,
  input: { clientId, area: 'SDM', text: `Arahan ${clientId}`, owner: 'Biro SDM' },
});

describe('the queue of directions in IndexedDB', () => {
  beforeEach(async () => {
    await clearQueued();
  });

  it('keeps directions oldest first and drops one by its clientId', async () => {
    await addQueued(queued('b', '2026-11-26T03:05:00Z'));
    await addQueued(queued('a', '2026-11-26T03:00:00Z'));
    expect((await readQueued()).map((q) => q.input.clientId)).toEqual(['a', 'b']);
    await removeQueued('a');
    expect((await readQueued()).map((q) => q.input.clientId)).toEqual(['b']);
  });

  it('keeps one entry per clientId: queueing the same direction twice stores it once', async () => {
    await addQueued(queued('a'));
    await addQueued(queued('a'));
    expect(await readQueued()).toHaveLength(1);
  });

  it('moves a queue an earlier version left in localStorage, once', async () => {
    localStorage.setItem(LEGACY_QUEUE_KEY, JSON.stringify([queued('old')]));
    await addQueued(queued('new', '2026-11-26T04:00:00Z'));
    expect((await readQueued()).map((q) => q.input.clientId)).toEqual(['old', 'new']);
    expect(localStorage.getItem(LEGACY_QUEUE_KEY)).toBeNull();
    expect(await readQueued()).toHaveLength(2);
  });

  it('is emptied on sign-out, the legacy copy too', async () => {
    await addQueued(queued('a'));
    localStorage.setItem(LEGACY_QUEUE_KEY, JSON.stringify([queued('old')]));
    await clearQueued();
    expect(await readQueued()).toEqual([]);
  });

  it('reads an empty or damaged legacy copy as nothing', () => {
    expect(parseLegacyQueue(null)).toEqual([]);
    expect(parseLegacyQueue('{not json')).toEqual([]);
    expect(parseLegacyQueue('{"a":1}')).toEqual([]);
    expect(parseLegacyQueue('[{"a":1}]')).toEqual([]);
  });

  it('tells other windows of a change, not the window that made it', async () => {
    const heard: string[] = [];
    const stop = onQueueChange(() => heard.push('changed'));
    await addQueued(queued('a'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // the same page made the change: it already knows
    expect(heard).toEqual([]);
    // another window's message (as its page id differs)
    const other = new BroadcastChannel('rapor-forum-queue');
    other.postMessage('another-window');
    await new Promise((resolve) => setTimeout(resolve, 20));
    other.close();
    stop();
    expect(heard).toEqual(['changed']);
  });
});
