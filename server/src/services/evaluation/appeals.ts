import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type {
  Appeal,
  AppealAnswer,
  AppealFiling,
  AppealList,
  AppealRescore,
} from '@rapor/shared/appeal-schemas';
import { evaluatorScored, filingRefusal } from '@rapor/shared/appeals';
import type { AreaCode } from '@rapor/shared/areas';
import { evidencePath } from '@rapor/shared/evidence';
import { areaRoots, type FrameworkNode, indicators } from '@rapor/shared/framework';
import { officialValue } from '@rapor/shared/official-value';
import { and, asc, eq } from 'drizzle-orm';
import { ConflictError, invalidFieldMessage, NotFoundError, ValidationError } from '../../errors';
import { appendAudit, auditScope } from '../admin/audit';
import { assertValidAnswer } from './answer-check';
import { keepEvidenceFile } from './evidence-service';
import { changeGrading, planOverride } from './plan-grading';
import { writeAnswer } from './result-writes';
import {
  authorize,
  authorizeOnResult,
  raiseVersion,
  type WriteContext,
  writeVersioned,
} from './write-guard';
import { findPeriod, frameworkOf, type Reader } from './year-data';

// Appeals (sanggah) of evaluator scores inside the ministry: the secretariat opens the window
// in review, a chair files on an item of their area with a reason and a file, the evaluator
// answers with a response, and an accepted appeal's score change is its own audited write.

type AppealRow = typeof t.appeals.$inferSelect;

const REFUSALS = {
  APPEAL_WINDOW_CLOSED: (year: number) =>
    `Masa sanggah periode ${year} belum dibuka (atau sudah ditutup) oleh sekretariat.`,
  NOT_APPEALABLE: (_year: number, code?: string) =>
    `Butir ${code} tidak dapat disanggah: yang disanggah adalah nilai yang diberikan evaluator pada hasil area yang sudah diverifikasi (bukan angka bersumber).`,
  APPEAL_OPEN: (_year: number, code?: string) =>
    `Butir ${code} masih punya sanggahan yang menunggu jawaban evaluator; satu butir satu sanggahan terbuka.`,
} as const;

function itemOf(tx: Reader, year: number, area: AreaCode, code: string, frameworkId: string) {
  const item = indicators(areaRoots(frameworkOf(tx, frameworkId), area)).find(
    (n) => n.code === code && n.answer,
  );
  if (!item) throw new NotFoundError(`Butir ${code} bukan bagian area ${area} tahun ${year}.`);
  return item;
}

/** The item's value that counts on a verified result: the evaluator's, or the chair's it let stand. */
function scoreNow(tx: Reader, year: number, code: string) {
  const answer = tx
    .select()
    .from(t.indicatorAnswers)
    .where(and(eq(t.indicatorAnswers.year, year), eq(t.indicatorAnswers.indicatorCode, code)))
    .get();
  return answer ? officialValue(answer, true) : null;
}

function names(db: Reader): Map<number, string> {
  return new Map(
    db
      .select({ id: t.users.id, name: t.users.displayName })
      .from(t.users)
      .all()
      .map((u) => [u.id, u.name]),
  );
}

function toAppeal(
  row: AppealRow,
  file: { label: string },
  item: Pick<FrameworkNode, 'name' | 'answer'> | undefined,
  who: Map<number, string>,
): Appeal {
  const name = (id: number | null) => (id === null ? null : (who.get(id) ?? `#${id}`));
  return {
    id: row.id,
    year: row.year,
    area: row.areaCode,
    code: row.indicatorCode,
    title: item?.name.id ?? row.indicatorCode,
    // an item a later framework version no longer has keeps its value's own kind
    answer: item?.answer ?? { type: 'percent' },
    status: row.status,
    reason: row.reason,
    file: { label: file.label, url: evidencePath(row.fileId) },
    filedBy: name(row.filedBy) ?? '',
    filedAt: row.filedAt,
    scoreAtFiling: row.scoreAtFiling ?? null,
    response: row.response,
    answeredBy: name(row.answeredBy),
    answeredAt: row.answeredAt,
    rescore:
      row.rescoredAt !== null && row.rescoreAfter !== null
        ? {
            before: row.rescoreBefore ?? null,
            after: row.rescoreAfter,
            by: name(row.rescoredBy) ?? '',
            at: row.rescoredAt,
          }
        : null,
    rescoredAt: row.rescoredAt,
    version: row.version,
  };
}

/** Every appeal of the year (or of one area), oldest first, with the window's state. */
export function listAppeals(db: Reader, year: number, area?: AreaCode): AppealList {
  const period = findPeriod(db, year);
  const framework = frameworkOf(db, period.frameworkId);
  const items = new Map(indicators(framework.components).map((n) => [n.code, n]));
  const who = names(db);
  const rows = db
    .select({ appeal: t.appeals, file: t.evidenceFiles.originalName })
    .from(t.appeals)
    .innerJoin(t.evidenceFiles, eq(t.evidenceFiles.id, t.appeals.fileId))
    .where(and(eq(t.appeals.year, year), area ? eq(t.appeals.areaCode, area) : undefined))
    .orderBy(asc(t.appeals.filedAt), asc(t.appeals.id))
    .all();
  return {
    year,
    state: period.state,
    windowOpen: period.state === 'review' && period.appealsOpenedAt !== null,
    appeals: rows.map((r) =>
      toAppeal(r.appeal, { label: r.file }, items.get(r.appeal.indicatorCode), who),
    ),
  };
}

function appealById(db: Reader, id: number): Appeal {
  const row = db.select().from(t.appeals).where(eq(t.appeals.id, id)).get();
  if (!row) throw new NotFoundError(`Sanggahan ${id} tidak ditemukan.`);
  const found = listAppeals(db, row.year, row.areaCode).appeals.find((a) => a.id === id);
  if (!found) throw new NotFoundError(`Sanggahan ${id} tidak ditemukan.`);
  return found;
}

/** The secretariat opens or closes the window for new appeals (only while in review). */
export function moveAppealWindow(ctx: WriteContext, year: number, open: boolean): AppealList {
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    authorize(ctx.actor, 'appeal.window', { periodState: period.state });
    const wasOpen = period.appealsOpenedAt !== null;
    if (wasOpen === open) return;
    tx.update(t.periods)
      .set({ appealsOpenedAt: open ? ctx.now.toISOString() : null })
      .where(eq(t.periods.year, year))
      .run();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: open ? 'open-appeals' : 'close-appeals',
      entity: 'period',
      entityId: String(year),
      before: { appealWindow: wasOpen ? 'open' : 'closed' },
      after: { appealWindow: open ? 'open' : 'closed' },
    });
  });
  return listAppeals(ctx.db, year);
}

/**
 * A chair's appeal on an item of their area that the evaluator scored: while the year is in
 * review and the window is open, with a reason and a file, one open appeal per item.
 */
export function fileAppeal(
  ctx: WriteContext,
  dir: string,
  target: { year: number; area: AreaCode },
  body: AppealFiling,
  file: { filename: string; data: Buffer },
): Appeal {
  const id = writeTransaction(ctx.db, (tx) => {
    const { period, result } = authorizeOnResult(tx, ctx.actor, target, ['appeal.file']);
    const item = itemOf(tx, target.year, target.area, body.code, period.frameworkId);
    const scored = scoreNow(tx, target.year, body.code);
    const open = tx
      .select({ id: t.appeals.id })
      .from(t.appeals)
      .where(
        and(
          eq(t.appeals.year, target.year),
          eq(t.appeals.indicatorCode, body.code),
          eq(t.appeals.status, 'open'),
        ),
      )
      .get();
    const refusal = filingRefusal({
      windowOpen: period.appealsOpenedAt !== null,
      evaluatorScored: evaluatorScored(result.status, { sourced: !!item.sourcedBy, value: scored }),
      hasOpenAppeal: open !== undefined,
    });
    if (refusal) throw new ConflictError(refusal, REFUSALS[refusal](target.year, body.code));
    return keepEvidenceFile(tx, ctx, dir, target, file, (stored) => {
      const row = tx
        .insert(t.appeals)
        .values({
          year: target.year,
          areaCode: target.area,
          indicatorCode: body.code,
          reason: body.reason,
          fileId: stored.id,
          scoreAtFiling: scored,
          filedBy: ctx.actor.id,
          filedAt: ctx.now.toISOString(),
        })
        .returning()
        .get();
      appendAudit(tx, ctx.now, {
        userId: ctx.actor.id,
        action: 'file',
        entity: 'appeal',
        entityId: String(row.id),
        scope: auditScope(target.year, target.area),
        after: {
          item: body.code,
          reason: body.reason,
          file: stored.label,
          scoreAtFiling: row.scoreAtFiling,
        },
      });
      return row.id;
    });
  });
  return appealById(ctx.db, id);
}

/** Which appeal a versioned write is on, and the version its caller read. */
const appealRow = (id: number, version: number) => ({
  table: t.appeals,
  id,
  version,
  notFound: `Sanggahan ${id} tidak ditemukan.`,
});

/** The evaluator accepts or rejects an open appeal, with a response. */
export function answerAppeal(ctx: WriteContext, id: number, body: AppealAnswer): Appeal {
  writeVersioned(ctx, {
    ...appealRow(id, body.version),
    check: (row: AppealRow, tx) => {
      const period = findPeriod(tx, row.year);
      authorize(ctx.actor, 'appeal.answer', { periodState: period.state, area: row.areaCode });
      if (row.status !== 'open') {
        throw new ConflictError(
          'APPEAL_ANSWERED',
          `Sanggahan ${id} sudah ${row.status === 'accepted' ? 'diterima' : 'ditolak'}.`,
        );
      }
    },
    apply: (row) => ({
      set: {
        status: body.decision,
        response: body.response,
        answeredBy: ctx.actor.id,
        answeredAt: ctx.now.toISOString(),
      },
      audit: {
        action: 'answer',
        entity: 'appeal',
        entityId: String(id),
        scope: auditScope(row.year, row.areaCode),
        before: { status: row.status, version: row.version },
        after: { status: body.decision, response: body.response },
      },
    }),
  });
  return appealById(ctx.db, id);
}

/**
 * The score change an accepted appeal leads to: the item's evaluator value, written once, as
 * its own audited step (the area result's version goes up, so an open worksheet reloads).
 */
export function rescoreAppeal(ctx: WriteContext, id: number, body: AppealRescore): Appeal {
  writeVersioned(ctx, {
    ...appealRow(id, body.version),
    check: (row: AppealRow, tx) => {
      const target = { year: row.year, area: row.areaCode };
      const checked = authorizeOnResult(tx, ctx.actor, target, ['appeal.rescore']);
      if (row.status !== 'accepted' || row.rescoredAt !== null) {
        throw new ConflictError(
          'APPEAL_NOT_ACCEPTED',
          row.status === 'accepted'
            ? `Nilai butir ${row.indicatorCode} sudah diubah untuk sanggahan ${id}.`
            : `Sanggahan ${id} ${row.status === 'open' ? 'belum dijawab' : 'ditolak'}: nilainya tetap.`,
        );
      }
      return { ...checked, target };
    },
    apply: (row, tx, { period, result, target }) => {
      const item = itemOf(tx, row.year, row.areaCode, row.indicatorCode, period.frameworkId);
      const before = scoreNow(tx, row.year, row.indicatorCode);
      if (item.fromPlan) {
        // a plan item's value is computed from the plan: the change is the evaluator's value
        // put in its place, with the appeal as its reason (the plan grading's own audit too)
        if (typeof body.value !== 'number' || body.value < 0 || body.value > 100) {
          throw new ValidationError(
            invalidFieldMessage('body', 'value', 'nilai butir rencana aksi adalah angka 0–100'),
            { field: 'value' },
          );
        }
        const reason = body.comment?.trim() || `Sanggahan ${id} diterima: ${row.response ?? ''}`;
        changeGrading(
          tx,
          ctx,
          row.year,
          null,
          'appeal.rescore',
          planOverride(ctx, item.fromPlan, body.value, reason),
        );
      } else {
        if (item.answer) assertValidAnswer(item.answer, 'value', body.value);
        writeAnswer(
          tx,
          target,
          row.indicatorCode,
          {
            evaluatorValue: body.value,
            ...(body.comment !== undefined ? { evaluatorComment: body.comment } : {}),
          },
          ctx.now,
        );
      }
      raiseVersion(tx, t.areaResults, eq(t.areaResults.id, result.id), result.version, {
        updatedAt: ctx.now.toISOString(),
        updatedBy: ctx.actor.id,
      });
      return {
        set: {
          rescoreBefore: before,
          rescoreAfter: body.value,
          rescoredBy: ctx.actor.id,
          rescoredAt: ctx.now.toISOString(),
        },
        // the score's own entry, apart from the appeal's answer (its version: the appeal's)
        audit: {
          action: 'appeal-rescore',
          entity: 'indicator_answer',
          entityId: `${row.year}/${row.indicatorCode}`,
          scope: auditScope(row.year, row.areaCode),
          before: { evaluatorValue: before },
          after: {
            evaluatorValue: body.value,
            ...(body.comment ? { evaluatorComment: body.comment } : {}),
            appeal: id,
          },
        },
      };
    },
  });
  return appealById(ctx.db, id);
}

/** The appeals still waiting for the evaluator's answer: closing the year is refused while any. */
export function openAppeals(db: Reader, year: number) {
  return db
    .select({ id: t.appeals.id, area: t.appeals.areaCode, code: t.appeals.indicatorCode })
    .from(t.appeals)
    .where(and(eq(t.appeals.year, year), eq(t.appeals.status, 'open')))
    .orderBy(asc(t.appeals.id))
    .all();
}
