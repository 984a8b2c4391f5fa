import { type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AnswerType } from '@rapor/shared/answers';
import type { AreaCode } from '@rapor/shared/areas';
import {
  type BulkRowProblem,
  FIGURE_CHECK_FIELDS,
  FIGURE_ENTRY_FIELDS,
  type Figure,
  type FiguresBulkUpdate,
  type FiguresResponse,
  type FigureUpdate,
} from '@rapor/shared/figure-schemas';
import { type Framework, type FrameworkNode, walk } from '@rapor/shared/framework';
import type { Action } from '@rapor/shared/permissions';
import { round2 } from '@rapor/shared/rounding';
import { walkScored } from '@rapor/shared/scoring';
import { checkTargets, itemTarget, targetsByCode } from '@rapor/shared/target-baik';
import { and, eq } from 'drizzle-orm';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../errors';
import { appendAudit, auditScope } from '../admin/audit';
import { assertValidAnswer } from './answer-check';
import { figureSource, userNames } from './area-result-service';
import { excludableItems } from './not-applicable';
import { authorize, raiseVersion, staleVersion, type WriteContext } from './write-guard';
import {
  type AnswerRow,
  findPeriod,
  frameworkOf,
  loadYearWithAnswers,
  type Reader,
  scoreYear,
} from './year-data';

interface Placed {
  node: FrameworkNode;
  component: FrameworkNode;
  group: FrameworkNode;
}

/** Every sourced figure of a framework with the component and group it sits in. */
function sourcedFigures(components: readonly FrameworkNode[]): Placed[] {
  const placed: Placed[] = [];
  for (const component of components) {
    const visit = (node: FrameworkNode, parent: FrameworkNode) => {
      if (node.sourcedBy) placed.push({ node, component, group: parent });
      for (const child of node.children ?? []) visit(child, node);
    };
    for (const child of component.children ?? []) visit(child, component);
  }
  return placed;
}

const stateOf = (row: AnswerRow | undefined): Figure['state'] =>
  !row || row.selfValue === null ? 'missing' : row.verifiedAt ? 'verified' : 'entered';

/** The year's sourced figures with their sources, points, and how many are entered and checked. */
export function listFigures(db: Reader, year: number): FiguresResponse {
  const data = loadYearWithAnswers(db, year);
  const official = scoreYear(data);
  const scored = new Map([...walkScored(official.components)].map((n) => [n.code, n]));
  const targets = targetsByCode(checkTargets(data.framework, official));
  const names = userNames(db);
  const excludable = new Set(excludableItems(data.framework).map((n) => n.code));
  const figures = sourcedFigures(data.framework.components).map(
    ({ node, component, group }): Figure => {
      const row = data.answers.get(node.code);
      const score = scored.get(node.code);
      return {
        ...figureSource(node, row, names),
        code: node.code,
        name: node.name,
        component: { code: component.code, name: component.name },
        group: { code: group.code, name: group.name },
        area: node.area ?? null,
        // the points beside it are of the rescaled weight: the row shows that one
        weight: round2(score?.weight ?? node.weight),
        nominalWeight:
          score?.baseWeight !== undefined && score.notApplicable === undefined
            ? score.baseWeight
            : null,
        answer: node.answer as Figure['answer'],
        ...(node.options && { options: node.options }),
        value: row?.selfValue ?? null,
        targetBaik: itemTarget(targets.get(node.code)) ?? null,
        targetUnresolved: node.targetUnresolved ?? null,
        fraction: score?.indicator?.fraction ?? 0,
        ...(node.multipliedBy && {
          multiplier: {
            code: node.multipliedBy,
            fraction: score?.indicator?.multiplier ?? 0,
          },
        }),
        points: round2(score?.points ?? 0),
        ...(score?.indicator?.error && { error: score.indicator.error }),
        evidence: row?.evidence ?? [],
        note: row?.selfComment ?? null,
        evaluatorComment: row?.evaluatorComment ?? null,
        state: stateOf(row),
        notApplicable: data.notApplicable.get(node.code) ?? null,
        excludable: excludable.has(node.code),
        version: row ? row.version : 0,
      };
    },
  );
  const hasil = data.framework.components.find((c) => c.code === 'HASIL');
  const applicable = figures.filter((f) => f.notApplicable === null);
  return {
    year,
    frameworkId: data.framework.id,
    periodState: data.period.state,
    figures,
    counts: {
      total: applicable.length,
      entered: applicable.filter((f) => f.state !== 'missing').length,
      verified: applicable.filter((f) => f.state === 'verified').length,
    },
    hasil: hasil ? { points: round2(scored.get('HASIL')?.points ?? 0), max: hasil.weight } : null,
  };
}

/** What a figure write asks of the actor: entering needs figure.enter, checking figure.verify. */
function actionsOf(body: Partial<FigureUpdate>): Action[] {
  const actions: Action[] = [];
  if (FIGURE_ENTRY_FIELDS.some((f) => body[f] !== undefined)) actions.push('figure.enter');
  if (FIGURE_CHECK_FIELDS.some((f) => body[f] !== undefined)) actions.push('figure.verify');
  return actions;
}

/** The sourced figure `code` of the year's framework, or 404. */
function sourcedNode(framework: Framework, code: string): FrameworkNode & { answer: AnswerType } {
  const node = [...walk(framework.components)].find(
    (n) => n.code === code && n.sourcedBy !== undefined,
  );
  if (!node?.answer) {
    throw new NotFoundError(`${code} bukan angka bersumber dalam kerangka ${framework.id}.`);
  }
  return node as FrameworkNode & { answer: AnswerType };
}

/**
 * One figure's change inside the caller's transaction: value checked against its range,
 * version compared, the change and its audit entry.
 */
function applyFigureUpdate(
  tx: Tx,
  ctx: WriteContext,
  year: number,
  framework: Framework,
  code: string,
  body: FigureUpdate,
): void {
  const node = sourcedNode(framework, code);
  assertValidAnswer(node.answer, 'value', body.value);
  const where = and(eq(t.indicatorAnswers.year, year), eq(t.indicatorAnswers.indicatorCode, code));
  const before = tx.select().from(t.indicatorAnswers).where(where).get();
  const current = before?.version ?? 0;
  if (body.version !== current) throw staleVersion(current);

  const stamp = ctx.now.toISOString();
  const entry = entryChanges(body, ctx.actor.id, stamp);
  const check = checkChanges(body, before, { ...before, ...entry }, ctx.actor.id, stamp);
  const changes = { ...entry, ...check };
  if (before) {
    raiseVersion(tx, t.indicatorAnswers, where, current, { ...changes, updatedAt: stamp });
  } else {
    tx.insert(t.indicatorAnswers)
      .values({
        year,
        indicatorCode: code,
        areaCode: (node.area ?? null) as AreaCode | null,
        ...changes,
        updatedAt: stamp,
        version: 1,
      })
      .run();
  }
  const keys = Object.keys(changes) as (keyof typeof changes)[];
  appendAudit(tx, ctx.now, {
    userId: ctx.actor.id,
    action: before ? 'update' : 'create',
    entity: 'figure',
    entityId: `${year}/${code}`,
    scope: auditScope(year, node.area, 'HASIL'),
    before: before ? Object.fromEntries(keys.map((k) => [k, before[k]])) : null,
    after: changes,
  });
}

/**
 * The secretariat enters a figure as its source reports it; the evaluator checks it against
 * the source. One transaction: permission on the period state, version, change, audit entry.
 */
export function updateFigure(
  ctx: WriteContext,
  year: number,
  code: string,
  body: FigureUpdate,
): Figure {
  writeTransaction(ctx.db, (tx) => {
    const period = findPeriod(tx, year);
    for (const action of actionsOf(body)) {
      authorize(ctx.actor, action, { periodState: period.state });
    }
    applyFigureUpdate(tx, ctx, year, frameworkOf(tx, period.frameworkId), code, body);
  });
  const figure = listFigures(ctx.db, year).figures.find((f) => f.code === code);
  if (!figure) throw new NotFoundError(`Angka ${code} tidak ditemukan.`);
  return figure;
}

/**
 * Many figures in one transaction, all or nothing: the secretariat's pasted table, or the
 * evaluator verifying several at once. Every row is tried as its own PUT would be; when any
 * is refused nothing is written and the refusal lists each row at fault with why (stale rows
 * first: 409 when any row was changed meanwhile, else 400).
 */
export function updateFigures(
  ctx: WriteContext,
  year: number,
  bulk: FiguresBulkUpdate,
): FiguresResponse {
  writeTransaction(ctx.db, (tx) => updateFiguresIn(tx, ctx, year, bulk));
  return listFigures(ctx.db, year);
}

/** The bulk write inside the caller's transaction (the figures sheet's import plans in it too). */
export function updateFiguresIn(
  tx: Tx,
  ctx: WriteContext,
  year: number,
  bulk: FiguresBulkUpdate,
): void {
  const period = findPeriod(tx, year);
  for (const action of new Set(bulk.rows.flatMap((r) => actionsOf(r)))) {
    authorize(ctx.actor, action, { periodState: period.state });
  }
  const framework = frameworkOf(tx, period.frameworkId);
  const problems: (BulkRowProblem & { stale: boolean })[] = [];
  bulk.rows.forEach((row, i) => {
    const { code, ...body } = row;
    try {
      applyFigureUpdate(tx, ctx, year, framework, code, body);
    } catch (err) {
      if (!(err instanceof AppError) || err.statusCode >= 500 || err.statusCode === 403) {
        throw err;
      }
      const stale = err.code === 'STALE_VERSION';
      problems.push({ row: i + 1, code, message: err.message, stale });
    }
  });
  if (problems.length === 0) return;
  const rows = problems.map(({ stale: _, ...p }) => p);
  const list = rows.map((p) => `baris ${p.row} (${p.code}): ${p.message}`).join('; ');
  // nothing of the batch is kept: the transaction rolls back with the refusal
  if (problems.some((p) => p.stale)) {
    throw new ConflictError('STALE_VERSION', `Tidak ada yang disimpan. ${list}`, { rows });
  }
  throw new ValidationError(`Tidak ada yang disimpan. ${list}`, { rows });
}

type Row = Partial<typeof t.indicatorAnswers.$inferInsert>;

/** What the secretariat's fields change. A new value or source voids an earlier check. */
function entryChanges(body: FigureUpdate, userId: number, stamp: string): Row {
  const changes: Row = {};
  if (body.value !== undefined) changes.selfValue = body.value;
  if (body.source) {
    changes.sourceTitle = body.source.title;
    changes.sourceIssuer = body.source.issuer;
    changes.sourceDate = body.source.date;
  }
  if (body.evidence !== undefined) changes.evidence = body.evidence;
  if (body.note !== undefined) changes.selfComment = body.note;
  if (body.value !== undefined || body.source) {
    Object.assign(changes, {
      enteredBy: userId,
      enteredAt: stamp,
      verifiedBy: null,
      verifiedAt: null,
      // Entered in the app: no longer the seed's published or demo figure.
      provenance: null,
    });
  }
  return changes;
}

/** What the evaluator's fields change. Only a figure with a value and a source can be verified. */
function checkChanges(
  body: FigureUpdate,
  before: AnswerRow | undefined,
  after: Row,
  userId: number,
  stamp: string,
): Row {
  const changes: Row = {};
  if (body.evaluatorComment !== undefined) changes.evaluatorComment = body.evaluatorComment;
  if (body.verified === true) {
    const value = after.selfValue ?? null;
    if (value === null || !after.sourceTitle) {
      throw new ConflictError(
        'INCOMPLETE',
        'Angka ini belum bisa diverifikasi: nilai dan dokumen sumbernya belum diisi sekretariat.',
      );
    }
    changes.verifiedBy = userId;
    changes.verifiedAt = stamp;
  } else if (body.verified === false) {
    if (!body.evaluatorComment?.trim() && !before?.evaluatorComment) {
      throw new ValidationError(
        'Catatan evaluator wajib diisi saat membatalkan verifikasi: jelaskan apa yang tidak sesuai sumber',
        { field: 'evaluatorComment' },
      );
    }
    changes.verifiedBy = null;
    changes.verifiedAt = null;
  }
  return changes;
}
