import * as t from '@rapor/db/schema';
import type { Framework } from '@rapor/shared/framework';
import { FRAMEWORKS } from '@rapor/shared/frameworks';
import type { FrameworkDto } from '@rapor/shared/schemas';
import { asc, eq } from 'drizzle-orm';
import { NotFoundError } from '../../errors';
import { frameworkOf, listPeriodRows, type Reader } from '../evaluation/year-data';

type FrameworkSummary = Omit<
  FrameworkDto,
  | 'areaComponent'
  | 'areas'
  | 'maxScore'
  | 'assumptions'
  | 'predicateScaleAssumed'
  | 'predicateRule'
  | 'targetSource'
  | 'rubricSource'
  | 'components'
>;

function usedBy(db: Reader): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const p of listPeriodRows(db))
    years.set(p.frameworkId, [...(years.get(p.frameworkId) ?? []), p.year]);
  return years;
}

/**
 * Every framework version a period can use, with the years that use it: those stored
 * (snapshots of shipped files, imported versions) and the shipped ones not used yet, so an
 * empty database still offers them for its first period.
 */
export function listFrameworks(db: Reader): FrameworkSummary[] {
  const years = usedBy(db);
  const stored: Framework[] = db
    .select()
    .from(t.frameworks)
    .orderBy(asc(t.frameworks.id))
    .all()
    .map((f) => f.definition);
  const storedIds = new Set(stored.map((f) => f.id));
  return [...stored, ...[...FRAMEWORKS.values()].filter((f) => !storedIds.has(f.id))]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      name: f.name,
      regulation: f.regulation,
      method: f.method ?? f.regulation,
      usedBy: years.get(f.id) ?? [],
    }));
}

/** A stored version (what periods are scored by), else the shipped file of that id. */
export function frameworkDefinition(db: Reader, id: string): Framework {
  const stored = db
    .select({ id: t.frameworks.id })
    .from(t.frameworks)
    .where(eq(t.frameworks.id, id))
    .get();
  if (stored) return frameworkOf(db, id);
  const shipped = FRAMEWORKS.get(id);
  if (!shipped) throw new NotFoundError(`Kerangka evaluasi ${id} tidak ditemukan.`);
  return shipped;
}

export function getFramework(db: Reader, id: string): FrameworkDto {
  const f = frameworkDefinition(db, id);
  return {
    ...f,
    areas: [...f.areas],
    assumptions: [...f.assumptions],
    usedBy: usedBy(db).get(id) ?? [],
  };
}
