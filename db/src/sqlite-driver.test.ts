import { describe, expect, it } from 'vitest';
import { Database, driverPackage } from './sqlite-driver';

describe('driverPackage', () => {
  it('takes better-sqlite3 12 below Node-API 10 (Node 20) and 13 from it (Node 22.14+, 24)', () => {
    expect(driverPackage(9)).toBe('better-sqlite3');
    expect(driverPackage(10)).toBe('better-sqlite3-napi');
    expect(driverPackage(11)).toBe('better-sqlite3-napi');
  });

  it('loads the package this runtime needs, and it opens a database', () => {
    const db = new Database(':memory:');
    try {
      expect(db.prepare('SELECT 40 + 2 AS n').get()).toEqual({ n: 42 });
    } finally {
      db.close();
    }
  });
});
