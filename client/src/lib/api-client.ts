import type { ErrorCode } from '@rapor/shared/error-codes';
import { APP_REQUEST_HEADER, ErrorBody } from '@rapor/shared/schemas';
import type { z } from 'zod';

/** One typed error for every failed request, carrying the server's plain-words message. */
/** The codes an error can carry in the client: the API's, and the two the client adds. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'HTTP_ERROR';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    /** what the server added to its message (a file's errors by sheet, row and column) */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: {
        Accept: 'application/json',
        [APP_REQUEST_HEADER]: '1',
        ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
    );
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(body);
    throw parsed.success
      ? new ApiError(
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.details,
        )
      : new ApiError(response.status, 'HTTP_ERROR', `Permintaan gagal (${response.status}).`);
  }
  return schema.parse(body);
}

/** GET, parsed with the shared schema of the response. */
export function apiGet<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  return request(path, schema);
}

/** POST/PUT/DELETE with a JSON body. */
export function apiSend<S extends z.ZodType>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  schema: S,
  body?: unknown,
) {
  return request(path, schema, {
    method,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** POST a file as it is (an xlsx workbook), with its own content type. */
export function apiUpload<S extends z.ZodType>(
  path: string,
  schema: S,
  file: Blob,
  contentType: string,
) {
  return request(path, schema, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': contentType },
  });
}

/** POST a form with files (multipart); the browser sets the boundary. */
export function apiForm<S extends z.ZodType>(path: string, schema: S, form: FormData) {
  return request(path, schema, { method: 'POST', body: form });
}
