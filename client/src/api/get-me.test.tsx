import { focusManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_MS, useMe, useSessionKeepAlive } from './get-me';

const ME = { id: 1, username: 'admin', displayName: 'Sekretariat RB', role: 'admin', areas: [] };

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('useSessionKeepAlive', () => {
  let status = 200;
  const fetchMock = vi.fn(async (_url: string) =>
    status === 200
      ? new Response(JSON.stringify(ME), { status: 200 })
      : new Response(
          JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'Sesi berakhir.' } }),
          { status: 401 },
        ),
  );
  beforeEach(() => {
    vi.useFakeTimers();
    status = 200;
    fetchMock.mockClear();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    cleanup();
    focusManager.setFocused(undefined);
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks the server every minute while the page is visible, so the session never idles out', async () => {
    const client = new QueryClient();
    renderHook(() => useSessionKeepAlive(), { wrapper: wrapper(client) });
    await vi.advanceTimersByTimeAsync(10);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3 * KEEP_ALIVE_MS);
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(fetchMock.mock.calls.every(([url]) => url === '/api/v1/auth/me')).toBe(true);
  });

  it('stays quiet while the page is hidden', async () => {
    const client = new QueryClient();
    renderHook(() => useSessionKeepAlive(), { wrapper: wrapper(client) });
    await vi.advanceTimersByTimeAsync(10);
    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(3 * KEEP_ALIVE_MS);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('learns that the session ended: the user becomes null (the deck then asks to sign in)', async () => {
    const client = new QueryClient();
    const { result } = renderHook(
      () => {
        useSessionKeepAlive();
        return useMe();
      },
      { wrapper: wrapper(client) },
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(result.current.data?.username).toBe('admin');
    status = 401;
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS);
    expect(result.current.data).toBeNull();
  });
});
