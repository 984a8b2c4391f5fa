import { ERROR_CODES } from '@rapor/shared/error-codes';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { ApiError } from './api-client';
import { errorText } from './error-text';

const tIn = (messages: Record<string, string>) => (key: string) => messages[key] ?? key;

describe('errors in the reader’s language', () => {
  it('has a message in both languages for every code the API or the client can give', () => {
    const missing = [...ERROR_CODES, 'NETWORK', 'HTTP_ERROR'].flatMap((code) =>
      [id, en]
        .filter((messages) => !(`error.${code}` in messages))
        .map((messages) => `${messages === id ? 'id' : 'en'}: error.${code}`),
    );
    expect(missing).toEqual([]);
  });

  it("shows the server's own sentence in Indonesian and the code's message in English", () => {
    const stale = new ApiError(409, 'STALE_VERSION', 'Data ini sudah diubah orang lain (versi 4).');
    expect(errorText(stale, 'id', tIn(id))).toBe('Data ini sudah diubah orang lain (versi 4).');
    expect(errorText(stale, 'en', tIn(en))).toBe(
      'Someone else changed this in the meantime. Reload, then make your change again.',
    );
  });

  it('uses the code’s Indonesian message when the server said nothing, and leaves other errors as they are', () => {
    expect(errorText(new ApiError(502, 'HTTP_ERROR', ''), 'id', tIn(id))).toBe('Permintaan gagal.');
    expect(errorText(new Error('rusak'), 'en', tIn(en))).toBe('rusak');
  });
});
