import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import {
  outcomeOf,
  type QueuedDirection,
  readQueue,
  withoutDirection,
  writeQueue,
} from './direction-queue';

const queued = (clientId: string): QueuedDirection => ({
  year: 2024,
  queuedAt: '2026-11-26T03:00:00Z',
  input: { clientId, area: 'SDM', text: 'Arahan uji coba', owner: 'Biro SDM' },
});

describe('outcomeOf', () => {
  it.each([
    [new ApiError(0, 'NETWORK', 'x'), 'retry'],
    [new ApiError(503, 'BUSY', 'x'), 'retry'],
    [new ApiError(401, 'UNAUTHORIZED', 'x'), 'retry'],
    [new ApiError(429, 'TOO_MANY_REQUESTS', 'x'), 'retry'],
    [new ApiError(400, 'VALIDATION_ERROR', 'x'), 'rejected'],
    [new ApiError(403, 'FORBIDDEN', 'x'), 'rejected'],
    [new ApiError(409, 'DUPLICATE_CLIENT_ID', 'x'), 'rejected'],
    [new TypeError('failed to fetch'), 'retry'],
  ] as const)('%o → %s', (error, outcome) => {
    expect(outcomeOf(error)).toBe(outcome);
  });
});

describe('the queue in storage', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
  };

  it('round-trips and drops a sent direction by its clientId', () => {
    const storage = memory();
    writeQueue(storage, [queued('a'), queued('b')]);
    const back = readQueue(storage);
    expect(back.map((q) => q.input.clientId)).toEqual(['a', 'b']);
    expect(withoutDirection(back, 'a').map((q) => q.input.clientId)).toEqual(['b']);
  });

  it('reads an empty or damaged store as an empty queue', () => {
    const storage = memory();
    expect(readQueue(storage)).toEqual([]);
    storage.setItem('rapor.forum.pending-directions', '{not json');
    expect(readQueue(storage)).toEqual([]);
    storage.setItem('rapor.forum.pending-directions', '{"a":1}');
    expect(readQueue(storage)).toEqual([]);
  });
});
