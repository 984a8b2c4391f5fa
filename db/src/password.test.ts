import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, scryptParams, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes at the production cost outside a test run', () => {
    expect(scryptParams({}).N).toBe(2 ** 15);
    expect(scryptParams({ NODE_ENV: 'production', VITEST: 'false' }).N).toBe(2 ** 15);
    expect(scryptParams({ NODE_ENV: 'production', VITEST: 'true' }).N).toBe(2 ** 15);
  });

  it('lowers only the cost inside a vitest run', () => {
    const test = scryptParams({ VITEST: 'true' });
    expect(test.N).toBe(2 ** 10);
    expect({ ...test, N: 0 }).toEqual({ ...scryptParams({}), N: 0 });
  });

  it('verifies a hash by the parameters stored in it, whatever made it', async () => {
    const stored = await hashPassword('rahasia-uji-123');
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
    expect(await verifyPassword('rahasia-uji-123', stored)).toBe(true);
    expect(await verifyPassword('rahasia-uji-124', stored)).toBe(false);
    // Parameters are part of the hash: a different N is a different hash.
    expect(await verifyPassword('rahasia-uji-123', stored.replace('$1024$', '$2048$'))).toBe(false);
  });

  it('verifies a hash made at the production cost', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('rahasia-uji-123', salt, 32, scryptParams({}));
    const stored = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')];
    expect(await verifyPassword('rahasia-uji-123', stored.join('$'))).toBe(true);
  });

  it('refuses a stored value that is not a scrypt hash', async () => {
    expect(await verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });
});
