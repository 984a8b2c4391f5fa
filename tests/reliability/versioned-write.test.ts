import * as t from '@rapor/db/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeVersioned } from '../../server/src/services/evaluation/write-guard';
import { makeTestApp, type TestApp } from '../helpers/test-app';

// The one versioned write (server/src/services/evaluation/write-guard.ts) that recommendations,
// directions, figures and area results go through: read, permission, version, change, raise,
// audit, in one transaction. Driven here directly, so that a writer can slip in between its
// read and its update, which no HTTP test can time.

type DirectionRow = typeof t.directions.$inferSelect;
const n = (row: unknown) => (row as { n: number }).n;

describe('the versioned write guard', () => {
  let app: TestApp;
  let id: number;
  beforeEach(async () => {
    app = await makeTestApp({ demo: true });
    const row = app.sqlite.prepare('SELECT id FROM directions LIMIT 1').get() as { id: number };
    if (!row) throw new Error('the demo has no direction');
    id = row.id;
  });
  afterEach(() => app.close());

  const ctx = () => ({
    db: app.db,
    actor: { id: 1, role: 'admin' as const, areas: [], username: 'admin', displayName: 'Admin' },
    now: new Date('2026-11-24T03:00:00Z'),
    today: '2026-11-24',
  });
  const followUps = () =>
    n(
      app.sqlite
        .prepare('SELECT count(*) AS n FROM direction_follow_ups WHERE direction_id = ?')
        .get(id),
    );
  const audits = () => n(app.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get());
  const rowNow = () =>
    app.sqlite.prepare('SELECT * FROM directions WHERE id = ?').get(id) as {
      version: number;
      status: string;
    };
  const lastAudit = () =>
    JSON.parse(
      (
        app.sqlite.prepare('SELECT after FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
          after: string;
        }
      ).after,
    );

  /** A follow-up through the guard; `meanwhile` runs between its read and its update. */
  const follow = (version: number, meanwhile?: () => void) =>
    writeVersioned(ctx(), {
      table: t.directions,
      id,
      version,
      notFound: `Arahan ${id} tidak ditemukan.`,
      check: (_row: DirectionRow) => undefined,
      apply: (row, tx) => {
        tx.insert(t.directionFollowUps)
          .values({ directionId: id, date: '2026-11-24', status: 'in_progress', note: 'uji' })
          .run();
        meanwhile?.();
        return {
          set: { status: 'in_progress' as const },
          audit: {
            action: 'follow-up',
            entity: 'direction',
            entityId: String(id),
            scope: `${row.year}`,
            after: { status: 'in_progress' },
          },
        };
      },
    });

  it('raises the version by one and records the audit entry with the new version', () => {
    const before = rowNow();
    const [n, a] = [followUps(), audits()];
    const version = follow(before.version);
    expect(version).toBe(before.version + 1);
    expect(rowNow()).toMatchObject({ version, status: 'in_progress' });
    expect([followUps(), audits()]).toEqual([n + 1, a + 1]);
    expect(lastAudit()).toMatchObject({ version, status: 'in_progress' });
  });

  it('refuses a version that is not the current one before it changes anything', () => {
    const before = rowNow();
    const [n, a] = [followUps(), audits()];
    expect(() => follow(before.version + 5)).toThrow(
      expect.objectContaining({ statusCode: 409, code: 'STALE_VERSION' }),
    );
    expect(rowNow()).toEqual(before);
    expect([followUps(), audits()]).toEqual([n, a]);
  });

  it('loses to a writer that slipped in after its read: 409, and its child rows roll back', () => {
    const before = rowNow();
    const [n, a] = [followUps(), audits()];
    const slipIn = () =>
      app.sqlite
        .prepare('UPDATE directions SET version = version + 1, status = ? WHERE id = ?')
        .run('done', id);
    expect(() => follow(before.version, slipIn)).toThrow(
      expect.objectContaining({ statusCode: 409, code: 'STALE_VERSION' }),
    );
    // everything in the transaction is gone, the slipped-in write included: nothing half-done
    expect(rowNow()).toEqual(before);
    expect([followUps(), audits()]).toEqual([n, a]);
  });

  it('answers 404 for a row that does not exist', () => {
    expect(() =>
      writeVersioned(ctx(), {
        table: t.directions,
        id: 999_999,
        version: 1,
        notFound: 'Arahan 999999 tidak ditemukan.',
        check: () => undefined,
        apply: () => ({
          set: {},
          audit: { action: 'x', entity: 'direction', entityId: '999999', scope: '' },
        }),
      }),
    ).toThrow(expect.objectContaining({ statusCode: 404 }));
  });
});
