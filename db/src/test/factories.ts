import type { AnswerValue } from '@rapor/shared/answers';
import type { AreaCode } from '@rapor/shared/areas';
import { frameworkById } from '@rapor/shared/frameworks';
import type { PeriodState, ResultStatus } from '@rapor/shared/workflow';
import { and, eq } from 'drizzle-orm';
import { storeFrameworkSnapshot } from '../framework-snapshot';
import type { Db } from '../open-db';
import { hashPassword } from '../password';
import * as t from '../schema/index';

// Factories for tests: each test makes the rows it needs, with overrides, and leans on no seed.

const STAMP = '2026-01-01T00:00:00.000Z';

/** A period with a draft result for every area of its framework. */
export function createPeriod(
  db: Db,
  overrides: { year: number; frameworkId?: string; state?: PeriodState; status?: ResultStatus },
) {
  const frameworkId = overrides.frameworkId ?? 'pmprb-2020';
  storeFrameworkSnapshot(db, frameworkId, STAMP);
  db.insert(t.periods)
    .values({
      year: overrides.year,
      frameworkId,
      state: overrides.state ?? 'open',
      openedAt: STAMP,
    })
    .run();
  for (const areaCode of frameworkById(frameworkId).areas) {
    db.insert(t.areaResults)
      .values({
        year: overrides.year,
        areaCode,
        status: overrides.status ?? 'draft',
        updatedAt: STAMP,
      })
      .run();
  }
}

export function setStatus(db: Db, year: number, area: AreaCode, status: ResultStatus): void {
  db.update(t.areaResults)
    .set({ status })
    .where(and(eq(t.areaResults.year, year), eq(t.areaResults.areaCode, area)))
    .run();
}

export function setAnswer(
  db: Db,
  answer: {
    year: number;
    indicatorCode: string;
    areaCode: AreaCode | null;
    selfValue?: AnswerValue | null;
    evaluatorValue?: AnswerValue | null;
  },
): void {
  db.insert(t.indicatorAnswers)
    .values({
      year: answer.year,
      indicatorCode: answer.indicatorCode,
      areaCode: answer.areaCode,
      selfValue: answer.selfValue ?? null,
      evaluatorValue: answer.evaluatorValue ?? null,
      updatedAt: STAMP,
    })
    .run();
}

export async function createUser(
  db: Db,
  overrides: { username: string; role?: (typeof t.users.$inferInsert)['role']; password?: string },
) {
  return db
    .insert(t.users)
    .values({
      username: overrides.username,
      displayName: overrides.username,
      role: overrides.role ?? 'viewer',
      passwordHash: await hashPassword(overrides.password ?? 'rahasia-uji-123'),
      createdAt: STAMP,
    })
    .returning()
    .get();
}
