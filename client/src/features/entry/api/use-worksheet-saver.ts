import { AreaResult } from '@rapor/shared/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiGet, apiSend } from '../../../lib/api-client';
import { refreshAfterResultWrite } from '../../../lib/refresh';
import { type Conflict, conflictsWith, type IndicatorEdit } from '../utils/worksheet';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'offline' | 'conflict';

const DEBOUNCE_MS = 800;
const RETRY_MS = 5_000;

/**
 * Autosave of a chair's worksheet. Edits are kept locally and sent one at a time, each with
 * the result's current version (every write bumps it), so nothing is ever sent stale:
 * - a 409 brings the server's result and, field by field, what differs from the chair's
 *   unsaved edits; the chair keeps theirs or takes the server's — never a silent overwrite;
 * - a dropped connection keeps the edits and retries;
 * - a refused value (400) stays on screen with the server's words until it is changed.
 */
export function useWorksheetSaver(year: number, code: string, currentVersion: number) {
  const client = useQueryClient();
  const base = `/api/v1/periods/${year}/areas/${code}`;
  const version = useRef(currentVersion);
  const edits = useRef(new Map<string, IndicatorEdit>());
  const narrative = useRef<string | undefined>(undefined);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refused = useRef(new Map<string, string>());
  const [snapshot, setSnapshot] = useState({
    edits: new Map<string, IndicatorEdit>(),
    narrative: undefined as string | undefined,
    refused: new Map<string, string>(),
  });
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);

  const publish = useCallback(() => {
    setSnapshot({
      edits: new Map(edits.current),
      narrative: narrative.current,
      refused: new Map(refused.current),
    });
  }, []);

  const adopt = useCallback(
    (result: AreaResult) => {
      version.current = result.version;
      refreshAfterResultWrite(client, year, code, result);
    },
    [client, year, code],
  );

  const flush = useCallback(async (): Promise<void> => {
    if (inFlight.current) return;
    const key =
      narrative.current !== undefined
        ? '__narrative'
        : [...edits.current.keys()].find((k) => !refused.current.has(k));
    if (key === undefined) {
      setStatus(refused.current.size > 0 ? 'failed' : 'saved');
      return;
    }
    inFlight.current = true;
    setStatus('saving');
    try {
      if (key === '__narrative') {
        const sent = narrative.current;
        adopt(
          await apiSend('PUT', base, AreaResult, { version: version.current, narrative: sent }),
        );
        if (narrative.current === sent) narrative.current = undefined;
      } else {
        const sent = edits.current.get(key);
        adopt(
          await apiSend('PUT', `${base}/indicators/${key}`, AreaResult, {
            version: version.current,
            ...sent,
          }),
        );
        if (edits.current.get(key) === sent) edits.current.delete(key);
      }
      inFlight.current = false;
      setMessage(null);
      publish();
      return flush();
    } catch (error) {
      inFlight.current = false;
      if (error instanceof ApiError && error.code === 'STALE_VERSION') {
        const server = await apiGet(base, AreaResult).catch(() => null);
        if (!server) {
          setStatus('offline');
          timer.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        adopt(server);
        const found = conflictsWith(server, edits.current, narrative.current);
        if (found.length === 0) {
          // The server already holds what was typed: nothing left to send.
          edits.current.clear();
          narrative.current = undefined;
          publish();
          return flush();
        }
        setConflicts(found);
        setStatus('conflict');
        return;
      }
      if (error instanceof ApiError && error.status === 0) {
        setStatus('offline');
        timer.current = setTimeout(() => void flush(), RETRY_MS);
        return;
      }
      const text = error instanceof Error ? error.message : String(error);
      if (key === '__narrative') {
        setMessage(text);
        setStatus('failed');
        return;
      }
      refused.current.set(key, text);
      publish();
      setMessage(text);
      return flush();
    }
  }, [adopt, base, publish]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  const editIndicator = useCallback(
    (code: string, patch: IndicatorEdit) => {
      edits.current.set(code, { ...edits.current.get(code), ...patch });
      refused.current.delete(code);
      publish();
      if (status !== 'conflict') schedule();
    },
    [publish, schedule, status],
  );

  const editNarrative = useCallback(
    (text: string) => {
      narrative.current = text;
      publish();
      if (status !== 'conflict') schedule();
    },
    [publish, schedule, status],
  );

  /** Keep the chair's value (send it over the server's) or take the server's (drop the edit). */
  const resolve = useCallback(
    (conflict: Conflict, choice: 'mine' | 'theirs') => {
      if (choice === 'theirs') {
        if (conflict.field === 'narrative') narrative.current = undefined;
        else {
          const edit = { ...edits.current.get(conflict.code) };
          delete edit[conflict.field];
          if (Object.keys(edit).length === 0) edits.current.delete(conflict.code);
          else edits.current.set(conflict.code, edit);
        }
      }
      const left = conflicts.filter((c) => c !== conflict);
      setConflicts(left);
      publish();
      if (left.length === 0) void flush();
    },
    [conflicts, flush, publish],
  );

  // Explicit actions on the same result (an achievement added) bump its version too: follow
  // them, so the next autosave is not mistaken for a stale write.
  useEffect(() => {
    if (!inFlight.current && currentVersion > version.current) version.current = currentVersion;
  }, [currentVersion]);

  const pending =
    snapshot.edits.size > 0 || snapshot.narrative !== undefined || status === 'saving';

  // Closing the tab with unsaved edits asks first.
  useEffect(() => {
    if (!pending) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {
    edits: snapshot.edits,
    narrative: snapshot.narrative,
    refused: snapshot.refused,
    status,
    message,
    conflicts,
    pending,
    editIndicator,
    editNarrative,
    resolve,
    /** send what is waiting now (before submitting, or on demand) */
    flush,
  };
}
