import * as t from '@rapor/db/schema';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Reader } from '../evaluation/year-data';

// Aggregates (summary, overview, comparisons, outcomes, the live deck) are pure functions of
// the data, and the data has a version every write raises in its own transaction (triggers of
// migration 0009, whichever process writes). A cached answer is served while the version
// stands still: one small read instead of dozens of queries and the scoring.

const MAX_ENTRIES = 500;
const caches = new WeakMap<object, Map<string, { version: number; json: string }>>();

// The versions are read on every cached request: their statements are prepared once per handle.
interface VersionQueries {
  data: { get: () => { v: number } | undefined };
  year: { get: (args: { year: number }) => { v: number } | undefined };
}
const versionQueries = new WeakMap<object, VersionQueries>();

function versionQueriesOf(db: Reader): VersionQueries {
  let queries = versionQueries.get(db);
  if (!queries) {
    queries = {
      data: db
        .select({ v: t.dataVersion.version })
        .from(t.dataVersion)
        .where(eq(t.dataVersion.id, 1))
        .prepare(),
      year: db
        .select({ v: t.yearVersions.version })
        .from(t.yearVersions)
        .where(eq(t.yearVersions.year, sql.placeholder('year')))
        .prepare(),
    };
    versionQueries.set(db, queries);
  }
  return queries;
}

/** The version of all the evaluation's data: raised by every write to it (migration 0009). */
export function dataVersionOf(db: Reader): number {
  return versionQueriesOf(db).data.get()?.v ?? 0;
}

/**
 * The version of what one year's scores are computed from (migration 0010). No row: not
 * written since the migration, so what this process computed for it still holds.
 */
export function yearVersionOf(db: Reader, year: number): number {
  return versionQueriesOf(db).year.get({ year })?.v ?? 0;
}

/**
 * The JSON of `compute()`, from the cache when the data has not changed since it was made.
 * JSON, not the object: the route sends the string as it is, without serialising it again.
 */
export function cachedJson<S extends z.ZodType>(
  db: Reader,
  key: string,
  schema: S,
  compute: () => z.input<S>,
): string {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const version = dataVersionOf(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.json;
  // parsed as the response schema would: the same fields as an uncached answer, no others
  const json = JSON.stringify(schema.parse(compute()));
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { version, json });
  return json;
}
