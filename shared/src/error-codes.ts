/**
 * Every error code the API answers with, a closed set: the client chooses its message by code
 * (in the reader's language), and a new code is added here before a service may throw it.
 */
export const ERROR_CODES = [
  // the request itself
  'BAD_REQUEST',
  'BAD_URL',
  'URI_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'VALIDATION_ERROR',
  'JSON_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNSUPPORTED_FILE',
  // who is asking
  'UNAUTHORIZED',
  'FORBIDDEN',
  'APP_HEADER_MISSING',
  'CROSS_SITE_REQUEST',
  'TOO_MANY_ATTEMPTS',
  'TOO_MANY_REQUESTS',
  'BUSY',
  // what it asks about
  'NOT_FOUND',
  'LOCKED',
  'STALE_VERSION',
  'INVALID_STATE',
  'INVALID_TRANSITION',
  'INCOMPLETE',
  'CLOSING_NEEDS_EXCEPTIONS',
  'LOCKED_BY_REVIEW',
  'SOURCED_FIGURE',
  'FROM_PLAN',
  'NOT_RESCALED',
  'LAST_APPLICABLE_ITEM',
  'RECOMMENDATION_CLOSED',
  'DIRECTION_CLOSED',
  'DIRECTION_WITHDRAWN',
  'DUPLICATE_CLIENT_ID',
  'SNAPSHOT_WITHOUT_WORKBOOK',
  'IMPORT_RUNNING',
  'PERIOD_EXISTS',
  'FRAMEWORK_EXISTS',
  'FRAMEWORK_NOT_COMPATIBLE',
  'USERNAME_TAKEN',
  'SELF_DEACTIVATE',
  'APPEAL_WINDOW_CLOSED',
  'NOT_APPEALABLE',
  'APPEAL_OPEN',
  'APPEAL_ANSWERED',
  'APPEAL_NOT_ACCEPTED',
  'APPEALS_OPEN',
  // the server's own fault
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code of a 4xx that the framework raised itself (its own codes are not ours). */
export function codeOfStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 408:
      return 'REQUEST_TIMEOUT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 414:
      return 'URI_TOO_LONG';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 431:
      return 'HEADERS_TOO_LARGE';
    default:
      return 'BAD_REQUEST';
  }
}
