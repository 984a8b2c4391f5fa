import { ApiError } from '../../../lib/api-client';

/** The rows a bulk write of figures refused, as the server named them (`details.rows`). */
export function refusedRows(error: unknown): { row: number; code: string; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  const rows = error.details?.rows;
  return Array.isArray(rows) ? rows : [];
}
