import { ErrorBody } from '@rapor/shared/schemas';

/** The error responses a read route can give, for its OpenAPI entry. */
export const readErrors = { 400: ErrorBody, 404: ErrorBody } as const;

/** Today's date as YYYY-MM-DD in the ministry's time zone (WIB, UTC+7). */
export function todayWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
