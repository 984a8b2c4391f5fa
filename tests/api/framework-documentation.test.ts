import * as schema from '@rapor/db/schema';
import { type Framework, indicators } from '@rapor/shared/framework';
import { frameworkById } from '@rapor/shared/frameworks';
import { FrameworkDto } from '@rapor/shared/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { documentShippedFrameworks } from '../../server/src/services/admin/framework-documentation';
import { makeTestApp, type TestApp } from '../helpers/test-app';

// A database that stored pmprb-2023 before its rubrics shipped gets them at start, audited,
// and nothing that scores changes; a stored version whose scoring differs is left alone.

/** pmprb-2023 as a database stored it before the rubrics: the same tree without them. */
function withoutRubrics(f: Framework): Framework {
  return JSON.parse(
    JSON.stringify(f, (key, value) =>
      key === 'rubric' || key === 'rubricSource' ? undefined : value,
    ),
  );
}

describe('documentation a shipped framework gained after it was stored', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  const store = (definition: Framework) =>
    t.db
      .insert(schema.frameworks)
      .values({
        id: definition.id,
        nameId: definition.name.id,
        nameEn: definition.name.en,
        regulation: definition.regulation,
        definition,
        createdAt: '2025-01-01T00:00:00.000Z',
      })
      .run();

  it('brings the rubrics of pmprb-2023 into a stored copy without them, audited by the system', async () => {
    t = await makeTestApp();
    const shipped = frameworkById('pmprb-2023');
    store(withoutRubrics(shipped));
    expect(documentShippedFrameworks(t.db, new Date('2026-12-07T02:00:00Z'))).toEqual([
      'pmprb-2023',
    ]);
    const served = FrameworkDto.parse(
      (await t.app.inject({ url: '/api/v1/frameworks/pmprb-2023' })).json(),
    );
    const rubrics = (nodes: FrameworkDto['components']): string[] =>
      nodes.flatMap((n) => [...(n.rubric ? [n.code] : []), ...rubrics(n.children ?? [])]);
    expect(rubrics(served.components)).toEqual(
      indicators(shipped.components)
        .filter((n) => n.rubric)
        .map((n) => n.code),
    );
    const entry = t.sqlite
      .prepare(
        "SELECT action, entity_id AS entityId, user_id AS userId, after FROM audit_log WHERE entity = 'framework'",
      )
      .get() as Record<string, unknown>;
    expect({ ...entry, after: JSON.parse(String(entry.after)) }).toEqual({
      action: 'document',
      entityId: 'pmprb-2023',
      userId: null,
      after: { rubrics: ['A.1', 'A.2', 'T.KMS.S', 'T.INV.S', 'T.DIG.S', 'T.PDN.S', 'T.INF.S'] },
    });
    // once up to date, nothing more to do
    expect(documentShippedFrameworks(t.db, new Date())).toEqual([]);
  });

  it('leaves a stored version alone when anything that scores differs from the shipped file', async () => {
    t = await makeTestApp();
    const changed = withoutRubrics(frameworkById('pmprb-2023'));
    const spi = changed.components[2]?.children?.[1]?.children?.[1];
    expect(spi?.code).toBe('C.S.2');
    if (spi) spi.note = 'catatan lama';
    if (spi) spi.weight = 10;
    const iku = changed.components[2]?.children?.[0]?.children?.[2];
    if (iku) iku.weight = 8.5;
    store(changed);
    expect(documentShippedFrameworks(t.db, new Date())).toEqual([]);
    const row = t.sqlite
      .prepare("SELECT definition FROM frameworks WHERE id = 'pmprb-2023'")
      .get() as { definition: string };
    expect(row.definition).toBe(JSON.stringify(changed));
  });
});
