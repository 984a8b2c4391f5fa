import {
  Direction,
  type DirectionInput,
  type DirectionsResponse,
} from '@rapor/shared/forum-schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMe } from '../../../api/get-me';
import { ApiError, apiSend } from '../../../lib/api-client';
import { QUEUE_KEY } from '../../../lib/offline-deck';
import { queryKeys } from '../../../lib/query-keys';
import {
  outcomeOf,
  type QueuedDirection,
  readQueue,
  withoutDirection,
  writeQueue,
} from '../utils/direction-queue';

const RETRY_MS = 3_000;

/**
 * Sends captured directions, keeping those the server has not acknowledged: they are retried
 * every few seconds and when the browser comes back online.
 */
export function useDirectionQueue() {
  const client = useQueryClient();
  const [pending, setPending] = useState<QueuedDirection[]>(() => readQueue(localStorage));
  const [rejected, setRejected] = useState<{ text: string; message: string }[]>([]);
  const sending = useRef(false);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (const item of readQueue(localStorage)) {
        try {
          const stored = await apiSend(
            'POST',
            `/api/v1/periods/${item.year}/directions`,
            Direction,
            item.input,
          );
          client.setQueryData<DirectionsResponse>(
            queryKeys.directions({ year: item.year }),
            (old) =>
              old && !old.directions.some((d) => d.id === stored.id)
                ? { directions: [...old.directions, stored] }
                : old,
          );
          // read again from the server: the copy kept for a reload offline follows
          void client.invalidateQueries({ queryKey: queryKeys.directions({ year: item.year }) });
        } catch (error) {
          // the session ended: the deck asks to sign in again (over the slide) and keeps the queue
          if (error instanceof ApiError && error.status === 401)
            client.setQueryData(queryKeys.me, null);
          if (outcomeOf(error) === 'retry') break;
          setRejected((r) => [
            ...r,
            {
              text: item.input.text,
              message: error instanceof ApiError ? error.message : String(error),
            },
          ]);
        }
        writeQueue(localStorage, withoutDirection(readQueue(localStorage), item.input.clientId));
        setPending(readQueue(localStorage));
      }
    } finally {
      sending.current = false;
    }
  }, [client]);

  const enqueue = useCallback(
    (year: number, input: DirectionInput) => {
      const next = [
        ...readQueue(localStorage),
        { year, input, queuedAt: new Date().toISOString() },
      ];
      writeQueue(localStorage, next);
      setPending(next);
      void flush();
    },
    [flush],
  );

  useEffect(() => {
    if (pending.length === 0) return;
    const timer = setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [pending.length, flush]);

  // on opening, and as soon as the user is signed in again after the session ended
  const signedIn = useMe().data != null;
  useEffect(() => {
    if (signedIn) void flush();
  }, [flush, signedIn]);

  // the deck and its presenter window share the queue: what one captures or sends, the other
  // sees (the server stores each direction once, whichever window sends it)
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== QUEUE_KEY) return;
      setPending(readQueue(localStorage));
      void client.invalidateQueries({ queryKey: queryKeys.allDirections });
      void flush();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client, flush]);

  return { pending, rejected, enqueue };
}
