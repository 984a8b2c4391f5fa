import {
  Direction,
  type DirectionInput,
  type DirectionsResponse,
} from '@rapor/shared/forum-schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMe } from '../../../api/get-me';
import { ApiError, apiSend } from '../../../lib/api-client';
import {
  addQueued,
  onQueueChange,
  type QueuedDirection,
  readQueued,
  removeQueued,
} from '../../../lib/direction-store';
import { queryKeys } from '../../../lib/query-keys';
import { outcomeOf } from '../utils/direction-queue';

const RETRY_MS = 3_000;

/**
 * Sends captured directions, keeping those the server has not acknowledged: they are retried
 * every few seconds and when the browser comes back online.
 */
export function useDirectionQueue() {
  const client = useQueryClient();
  const [pending, setPending] = useState<QueuedDirection[]>([]);
  const [rejected, setRejected] = useState<{ text: string; message: string }[]>([]);
  const sending = useRef(false);
  // where a direction waits if the browser refuses to store it (storage blocked or full): this
  // page still shows and sends it, it only would not survive a reload
  const unstored = useRef<QueuedDirection[]>([]);
  const waiting = useCallback(
    async () => [...(await readQueued().catch(() => [])), ...unstored.current],
    [],
  );
  const drop = useCallback(async (clientId: string) => {
    unstored.current = unstored.current.filter((q) => q.input.clientId !== clientId);
    await removeQueued(clientId).catch(() => undefined);
  }, []);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (const item of await waiting()) {
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
        await drop(item.input.clientId);
        setPending(await waiting());
      }
    } finally {
      sending.current = false;
    }
  }, [client, waiting, drop]);

  const enqueue = useCallback(
    async (year: number, input: DirectionInput) => {
      const item = { year, input, queuedAt: new Date().toISOString() };
      await addQueued(item).catch(() => {
        unstored.current = [...unstored.current, item];
      });
      setPending(await waiting());
      void flush();
    },
    [flush, waiting],
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

  // on opening: what an earlier page left waiting (a reload, a closed tab) shows and is sent
  useEffect(() => {
    void waiting().then(setPending);
  }, [waiting]);
  // and as soon as the user is signed in again after the session ended
  const signedIn = useMe().data != null;
  useEffect(() => {
    if (signedIn) void flush();
  }, [flush, signedIn]);

  // the deck and its presenter window share the queue: what one captures or sends, the other
  // sees (the server stores each direction once, whichever window sends it)
  useEffect(
    () =>
      onQueueChange(() => {
        void waiting().then(setPending);
        void client.invalidateQueries({ queryKey: queryKeys.allDirections });
        void flush();
      }),
    [client, flush, waiting],
  );

  return { pending, rejected, enqueue };
}
