import type { AreaCode } from '@rapor/shared/areas';
import type { WorkbookData } from '@rapor/shared/forum-schemas';
import { yearSummary } from '../dashboard/summary-service';
import { getAreaResult } from '../evaluation/area-result-service';
import { listRecommendations } from '../evaluation/recommendations-service';
import type { Reader } from '../evaluation/year-data';
import { listDirections } from './directions-service';

/** What the workbook of `year` shows, as the data stands now (a snapshot stores it frozen). */
export function workbookData(db: Reader, year: number, today: string): WorkbookData {
  const summary = yearSummary(db, year);
  return {
    summary,
    results: summary.areas.map((a) => getAreaResult(db, year, a.code as AreaCode, today)),
    recommendations: listRecommendations(db, {}, today).filter((r) => r.year <= year),
    directions: listDirections(db, {}, today).filter((d) => d.year <= year),
  };
}
