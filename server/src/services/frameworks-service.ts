import * as t from '@rapor/db/schema';
import type { FrameworkDto } from '@rapor/shared/schemas';
import { asc } from 'drizzle-orm';
import { frameworkOf, listPeriodRows, type Reader } from './year-data';

type FrameworkSummary = Omit<
  FrameworkDto,
  'areaComponent' | 'areas' | 'maxScore' | 'assumptions' | 'components'
>;

function usedBy(db: Reader): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const p of listPeriodRows(db))
    years.set(p.frameworkId, [...(years.get(p.frameworkId) ?? []), p.year]);
  return years;
}

/** Every framework version stored, shipped or imported, with the years that use it. */
export function listFrameworks(db: Reader): FrameworkSummary[] {
  const years = usedBy(db);
  return db
    .select()
    .from(t.frameworks)
    .orderBy(asc(t.frameworks.id))
    .all()
    .map((f) => ({
      id: f.id,
      name: { id: f.nameId, en: f.nameEn },
      regulation: f.regulation,
      method: f.definition.method ?? f.regulation,
      usedBy: years.get(f.id) ?? [],
    }));
}

export function getFramework(db: Reader, id: string): FrameworkDto {
  const f = frameworkOf(db, id);
  return {
    ...f,
    areas: [...f.areas],
    assumptions: [...f.assumptions],
    usedBy: usedBy(db).get(id) ?? [],
  };
}
