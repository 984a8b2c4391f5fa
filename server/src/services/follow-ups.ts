import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { roleMay } from '@rapor/shared/permissions';
import { CHAIR_FOLLOW_UP_STATUSES, type Recommendation } from '@rapor/shared/schemas';
import type { FollowUpInput } from '@rapor/shared/write-schemas';
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  ConflictError,
  ForbiddenError,
  LockedError,
  NotFoundError,
  ValidationError,
} from '../errors';
import { appendAudit, auditScope } from './audit';
import { getRecommendation } from './recommendations-service';
import { authorize, staleVersion, type WriteContext } from './write-guard';

/**
 * Records a follow-up on a recommendation of any year, reported in the evaluation period
 * under way (open or in review), and moves the recommendation to the follow-up's status.
 */
export function addFollowUp(ctx: WriteContext, id: number, body: FollowUpInput): Recommendation {
  writeTransaction(ctx.db, (tx) => {
    const rec = tx.select().from(t.recommendations).where(eq(t.recommendations.id, id)).get();
    if (!rec) throw new NotFoundError(`Rekomendasi ${id} tidak ditemukan.`);
    const current = tx
      .select()
      .from(t.periods)
      .where(inArray(t.periods.state, ['open', 'review']))
      .orderBy(desc(t.periods.year))
      .get();
    if (!current) throw new LockedError('Tidak ada periode evaluasi yang sedang berjalan.');
    authorize(ctx.actor, 'followUp.create', { area: rec.areaCode, periodState: current.state });
    if (rec.version !== body.version) throw staleVersion(rec.version);
    // Separation of duties: the chair reports and proposes, the evaluator closes.
    const closer = roleMay(ctx.actor.role, 'recommendation.close');
    if (!closer && !isChairStatus(body.status)) {
      throw new ForbiddenError(
        'Ketua pokja mengusulkan rekomendasi selesai ("Diusulkan selesai"); evaluator yang mengonfirmasi dan menutupnya.',
      );
    }
    if (closer && body.status === 'proposed_done') {
      throw new ValidationError(
        'isian status tidak valid: evaluator menutup langsung (selesai atau dibatalkan) atau membuka kembali',
        { field: 'status' },
      );
    }
    if (rec.status === 'done' || rec.status === 'dropped') {
      throw new ConflictError(
        'RECOMMENDATION_CLOSED',
        'Rekomendasi ini sudah ditutup (selesai atau dibatalkan).',
      );
    }
    tx.insert(t.recommendationFollowUps)
      .values({
        recommendationId: id,
        year: current.year,
        date: ctx.today,
        status: body.status,
        note: body.note,
        userId: ctx.actor.id,
      })
      .run();
    const updated = tx
      .update(t.recommendations)
      .set({ status: body.status, version: rec.version + 1 })
      .where(and(eq(t.recommendations.id, id), eq(t.recommendations.version, rec.version)))
      .returning()
      .get();
    if (!updated) throw staleVersion(rec.version + 1);
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'follow-up',
      entity: 'recommendation',
      entityId: String(id),
      scope: auditScope(current.year, rec.areaCode),
      before: { status: rec.status, version: rec.version },
      after: { status: body.status, version: updated.version, note: body.note },
    });
  });
  return getRecommendation(ctx.db, id, ctx.today);
}

const isChairStatus = (status: Recommendation['status']) =>
  (CHAIR_FOLLOW_UP_STATUSES as readonly string[]).includes(status);
