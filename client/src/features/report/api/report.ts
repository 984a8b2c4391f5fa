import { type ReportInput, ReportSettings } from '@rapor/shared/report-schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const reportPath = (year: number) => `/api/v1/periods/${year}/report`;

/** The Word file of the year's report, or of one area's (a working group's). */
export const reportHref = (year: number, area?: string) =>
  `${reportPath(year)}.docx${area ? `?area=${area}` : ''}`;

/** The year's report letter and narrative, with each section as drafted from the data now. */
export function useReport(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.report(year ?? 0),
    queryFn: () => apiGet(reportPath(year ?? 0), ReportSettings),
    enabled: year !== undefined,
  });
}

export function useSaveReport(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportInput) => apiSend('PUT', reportPath(year), ReportSettings, body),
    onSuccess: (saved) => client.setQueryData(queryKeys.report(year), saved),
  });
}
