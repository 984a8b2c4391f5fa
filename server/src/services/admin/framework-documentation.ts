import { type Db, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { type Framework, indicators } from '@rapor/shared/framework';
import { FRAMEWORKS } from '@rapor/shared/frameworks';
import { eq } from 'drizzle-orm';
import { appendAudit } from './audit';

/** What in a framework is documentation only: it explains a value, it never scores one. */
const DOCUMENTATION_KEYS = new Set(['rubric', 'rubricSource']);

/** The framework as JSON without its documentation, to compare what scores. */
function scoringPart(framework: Framework): string {
  return JSON.stringify(framework, (key, value) =>
    DOCUMENTATION_KEYS.has(key) ? undefined : value,
  );
}

/**
 * A version stored before its shipped file gained documentation (the rubrics of pmprb-2023)
 * takes that documentation, and only that: where anything that scores differs (a weight, a
 * range, a rule), the stored version stays as it is, because a version in use never changes
 * its scoring. Each version brought up to date is audited, by the system, naming the items.
 * Runs at start, before the first request reads a framework.
 */
export function documentShippedFrameworks(db: Db, now: Date): string[] {
  const updated: string[] = [];
  writeTransaction(db, (tx) => {
    for (const row of tx.select().from(t.frameworks).all()) {
      const shipped = FRAMEWORKS.get(row.id);
      const stored = row.definition;
      if (!shipped || JSON.stringify(stored) === JSON.stringify(shipped)) continue;
      if (scoringPart(stored) !== scoringPart(shipped)) continue;
      tx.update(t.frameworks).set({ definition: shipped }).where(eq(t.frameworks.id, row.id)).run();
      appendAudit(tx, now, {
        userId: null,
        action: 'document',
        entity: 'framework',
        entityId: row.id,
        after: {
          rubrics: indicators(shipped.components)
            .filter((n) => n.rubric)
            .map((n) => n.code),
        },
      });
      updated.push(row.id);
    }
  });
  return updated;
}
