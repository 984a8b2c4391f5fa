import * as t from '@rapor/db/schema';
import { roleMay } from '@rapor/shared/permissions';
import { CHAIR_FOLLOW_UP_STATUSES, type Recommendation } from '@rapor/shared/schemas';
import type { FollowUpInput } from '@rapor/shared/write-schemas';
import { desc, inArray } from 'drizzle-orm';
import { ConflictError, ForbiddenError, LockedError, ValidationError } from '../../errors';
import { auditScope } from '../admin/audit';
import { getRecommendation } from './recommendations-service';
import { authorize, followUpChange, type WriteContext, writeVersioned } from './write-guard';

/**
 * Records a follow-up on a recommendation of any year, reported in the evaluation period
 * under way (open or in review), and moves the recommendation to the follow-up's status.
 */
export function addFollowUp(ctx: WriteContext, id: number, body: FollowUpInput): Recommendation {
  writeVersioned(ctx, {
    table: t.recommendations,
    id,
    version: body.version,
    notFound: `Rekomendasi ${id} tidak ditemukan.`,
    check: (rec: RecommendationRow, tx) => {
      const current = tx
        .select()
        .from(t.periods)
        .where(inArray(t.periods.state, ['open', 'review']))
        .orderBy(desc(t.periods.year))
        .get();
      if (!current) throw new LockedError('Tidak ada periode evaluasi yang sedang berjalan.');
      authorize(ctx.actor, 'followUp.create', { area: rec.areaCode, periodState: current.state });
      return current;
    },
    apply: (rec, tx, { year }) => {
      assertFollowUpAllowed(ctx, rec, body);
      tx.insert(t.recommendationFollowUps)
        .values({
          recommendationId: id,
          year,
          date: ctx.today,
          status: body.status,
          note: body.note,
          userId: ctx.actor.id,
        })
        .run();
      return followUpChange('recommendation', id, auditScope(year, rec.areaCode), rec, body);
    },
  });
  return getRecommendation(ctx.db, id, ctx.today);
}

type RecommendationRow = typeof t.recommendations.$inferSelect;

/** Separation of duties: the chair reports and proposes, the evaluator closes. */
function assertFollowUpAllowed(ctx: WriteContext, rec: RecommendationRow, body: FollowUpInput) {
  const closer = roleMay(ctx.actor.role, 'recommendation.close');
  if (!closer && !isChairStatus(body.status)) {
    throw new ForbiddenError(
      'Ketua pokja mengusulkan rekomendasi selesai ("Diusulkan selesai"); evaluator yang mengonfirmasi dan menutupnya.',
    );
  }
  if (closer && body.status === 'proposed_done') {
    throw new ValidationError(
      'Status tidak valid: evaluator menutup langsung (selesai atau dibatalkan) atau membuka kembali',
      { field: 'status' },
    );
  }
  if (rec.status === 'done' || rec.status === 'dropped') {
    throw new ConflictError(
      'RECOMMENDATION_CLOSED',
      'Rekomendasi ini sudah ditutup (selesai atau dibatalkan).',
    );
  }
}

const isChairStatus = (status: Recommendation['status']) =>
  (CHAIR_FOLLOW_UP_STATUSES as readonly string[]).includes(status);
