import { ErrorBody } from '@rapor/shared/schemas';
import type { z } from 'zod';

/** One typed error for every failed request, carrying the server's plain-words message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches JSON from our API and parses it with the shared schema of the response. */
export async function apiGet<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(body);
    throw parsed.success
      ? new ApiError(response.status, parsed.data.error.code, parsed.data.error.message)
      : new ApiError(response.status, 'HTTP_ERROR', `Permintaan gagal (${response.status}).`);
  }
  return schema.parse(body);
}
