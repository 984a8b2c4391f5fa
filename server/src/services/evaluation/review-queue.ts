import type { ReviewQueue } from '@rapor/shared/schemas';
import { areaScoreOf, yearScoring } from './area-result-service';
import { recommendationsForResult } from './recommendations-service';
import { listPeriodRows, type Reader } from './year-data';

/**
 * Every area of each year not closed, scored once per year (not once per area), with the
 * recommendations each chair proposes as done: the evaluator's queue in one read.
 */
export function reviewQueue(db: Reader, today: string): ReviewQueue {
  return {
    periods: listPeriodRows(db)
      .filter((p) => p.state !== 'closed')
      .map((period) => {
        const scoring = yearScoring(db, period.year);
        return {
          year: period.year,
          state: period.state,
          frameworkId: period.frameworkId,
          areas: scoring.data.framework.areas.flatMap((code) => {
            const result = scoring.data.results.get(code);
            if (!result) return [];
            const { issued, carriedOver } = recommendationsForResult(db, period.year, code, today);
            return [
              {
                code,
                status: result.status,
                closedUnverified: result.closedUnverified,
                proposals: [...carriedOver, ...issued].filter((r) => r.status === 'proposed_done')
                  .length,
                score: areaScoreOf(scoring, code, result).score,
              },
            ];
          }),
        };
      }),
  };
}
