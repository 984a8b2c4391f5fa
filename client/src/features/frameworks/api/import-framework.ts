import { FrameworkDto } from '@rapor/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, apiUpload } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportRequest {
  file: File;
  /** check only: the server returns the tree and stores nothing */
  dryRun: boolean;
  /** store under this id instead of the file's */
  id?: string;
}

/** Sends a framework file (JSON or the xlsx template) for a preview or to store it. */
export async function importFramework({ file, dryRun, id }: ImportRequest) {
  const query = new URLSearchParams({ dryRun: String(dryRun) });
  if (id) query.set('id', id);
  const path = `/api/v1/frameworks?${query}`;
  if (file.name.toLowerCase().endsWith('.json')) {
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      throw new Error('Berkas JSON tidak dapat dibaca: periksa isinya.');
    }
    return apiSend('POST', path, FrameworkDto, body);
  }
  return apiUpload(path, FrameworkDto, file, XLSX);
}

export function useImportFramework() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importFramework,
    onSuccess: (_data, request) => {
      if (!request.dryRun) client.invalidateQueries({ queryKey: queryKeys.frameworks });
    },
  });
}
