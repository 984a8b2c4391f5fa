import type { AreaCode } from '@rapor/shared/areas';
import type { WorkbookData } from '@rapor/shared/forum-schemas';
import { getAreaResult } from './area-result-service';
import { listDirections } from './directions-service';
import { listRecommendations } from './recommendations-service';
import { yearSummary } from './summary-service';
import type { Reader } from './year-data';

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
