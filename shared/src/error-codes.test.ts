import { describe, expect, it } from 'vitest';
import { codeOfStatus, ERROR_CODES } from './error-codes';

describe('error codes', () => {
  it('is a set: no code twice, each in capitals', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z_]+$/);
  });

  it('names a framework-raised 4xx by its status, inside the set', () => {
    expect(codeOfStatus(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(codeOfStatus(415)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(codeOfStatus(429)).toBe('TOO_MANY_REQUESTS');
    expect(codeOfStatus(400)).toBe('BAD_REQUEST');
    expect(codeOfStatus(418)).toBe('BAD_REQUEST');
    for (const status of [400, 401, 403, 404, 405, 408, 413, 414, 415, 429, 431]) {
      expect(ERROR_CODES).toContain(codeOfStatus(status));
    }
  });
});
