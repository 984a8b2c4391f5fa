import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { outcomeOf } from './direction-queue';

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
