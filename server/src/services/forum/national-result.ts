import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import {
  NationalAppeal,
  NationalItem,
  type NationalResult,
  type NationalResultInput,
} from '@rapor/shared/national-schemas';
import { round2 } from '@rapor/shared/rounding';
import { PredicateSchema } from '@rapor/shared/schemas';
import { walkScored } from '@rapor/shared/scoring';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ConflictError, ValidationError } from '../../errors';
import { yearSummary } from '../dashboard/summary-service';
import { authorize, upsertVersioned, type WriteContext } from '../evaluation/write-guard';
import { findPeriod, loadYear, type Reader, scoreYear } from '../evaluation/year-data';

// The national result of a closed year (KemenPANRB's letter), kept beside the ministry's own
// final values and never changing them, with the appeals made to KemenPANRB and their answers.

const parseList = <T>(schema: z.ZodType<T>, json: string): T[] =>
  z.array(schema).parse(JSON.parse(json));

/** Each item of the year with its own final points, in the framework's order. */
function finalItems(db: Reader, year: number) {
  return [...walkScored(scoreYear(loadYear(db, year)).components)]
    .filter((n) => n.indicator)
    .map((n) => ({ code: n.code, name: n.name, area: n.area ?? null, points: n.points }));
}

export function getNationalResult(db: Reader, year: number): NationalResult {
  findPeriod(db, year);
  const summary = yearSummary(db, year);
  const row = db
    .select({ r: t.nationalResults, by: t.users.displayName })
    .from(t.nationalResults)
    .leftJoin(t.users, eq(t.users.id, t.nationalResults.updatedBy))
    .where(eq(t.nationalResults.year, year))
    .get();
  return {
    year,
    recorded: row !== undefined,
    version: row?.r.version ?? 0,
    index: row?.r.index ?? 0,
    predicate: PredicateSchema.parse(row?.r.predicate ?? 'D'),
    letterNumber: row?.r.letterNumber ?? '',
    letterDate: row?.r.letterDate ?? null,
    note: row?.r.note ?? '',
    items: row ? parseList(NationalItem, row.r.items) : [],
    appeals: row ? parseList(NationalAppeal, row.r.appeals) : [],
    final: {
      index: summary.index,
      maxScore: summary.maxScore,
      predicate: summary.shownPredicate,
    },
    itemsFinal: finalItems(db, year).map((i) => ({ ...i, points: round2(i.points) })),
    updatedAt: row?.r.updatedAt ?? null,
    by: row?.by ?? null,
  };
}

/**
 * Records (or corrects) the national result of a closed year: only once the year is closed,
 * only items the year has, one score per item; version-guarded and audited with what it was.
 */
export function saveNationalResult(
  ctx: WriteContext,
  year: number,
  body: z.output<typeof NationalResultInput>,
): void {
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    authorize(ctx.actor, 'national.record', {});
    if (period.state !== 'closed')
      throw new ConflictError(
        'INVALID_STATE',
        `Hasil nasional dicatat untuk tahun yang sudah ditutup; periode ${year} masih ${period.state === 'open' ? 'berjalan' : 'dalam reviu'}.`,
      );
    const known = new Set(finalItems(tx, year).map((i) => i.code));
    const codes = [...body.items.map((i) => i.code), ...body.appeals.map((a) => a.code)];
    const unknown = [...new Set(codes.filter((code) => !known.has(code)))];
    if (unknown.length > 0)
      throw new ValidationError(
        `Butir ini tidak ada pada evaluasi ${year}: ${unknown.join(', ')}.`,
        {
          unknown,
        },
      );
    const twice = body.items.map((i) => i.code).filter((code, i, all) => all.indexOf(code) !== i);
    if (twice.length > 0)
      throw new ValidationError(
        `Setiap butir diberi satu nilai nasional: ${[...new Set(twice)].join(', ')}.`,
      );
    const set = {
      index: body.index,
      predicate: body.predicate,
      letterNumber: body.letterNumber,
      letterDate: body.letterDate,
      note: body.note,
      items: JSON.stringify(body.items),
      appeals: JSON.stringify(body.appeals),
      updatedAt: ctx.now.toISOString(),
      updatedBy: ctx.actor.id,
    };
    upsertVersioned<typeof t.nationalResults, typeof t.nationalResults.$inferSelect>(
      tx,
      ctx,
      t.nationalResults,
      eq(t.nationalResults.year, year),
      {
        version: body.version,
        key: { year },
        set,
        audit: {
          entity: 'national_result',
          entityId: String(year),
          scope: String(year),
          describe: (row) => ({
            index: row.index,
            predicate: row.predicate,
            items: JSON.parse(row.items),
            appeals: JSON.parse(row.appeals),
          }),
          after: {
            index: body.index,
            predicate: body.predicate,
            items: body.items,
            appeals: body.appeals,
          },
        },
      },
    );
  });
}
