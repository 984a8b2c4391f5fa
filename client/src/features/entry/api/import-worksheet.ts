import { WorksheetImport } from '@rapor/shared/forum-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '../../../lib/api-client';
import { refreshAfterResultWrite } from '../../../lib/refresh';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a filled worksheet: first to preview the changed answers, then to apply them. */
export function useImportWorksheet(year: number, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, apply, version }: { file: File; apply: boolean; version: number }) =>
      apiUpload(
        `/api/v1/periods/${year}/areas/${code}/import?${apply ? `version=${version}` : 'dryRun=true'}`,
        WorksheetImport,
        file,
        XLSX,
      ),
    onSuccess: (result) => {
      if (!result.applied) return;
      refreshAfterResultWrite(client, year, code);
    },
  });
}
