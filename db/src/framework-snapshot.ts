import { frameworkById } from '@rapor/shared/frameworks';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from './open-db';
import { frameworks } from './schema/frameworks';

/**
 * Stores the shipped framework `id` as a snapshot row, once: a period's scores are computed
 * from the snapshot, so they stay traceable if the file in code changes later.
 */
export function storeFrameworkSnapshot(db: Db | Tx, id: string, stamp: string): void {
  if (db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.id, id)).get()) return;
  const f = frameworkById(id);
  db.insert(frameworks)
    .values({
      id,
      nameId: f.name.id,
      nameEn: f.name.en,
      regulation: f.regulation,
      definition: f,
      createdAt: stamp,
    })
    .run();
}
