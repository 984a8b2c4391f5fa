import { MAX_EVIDENCE_BYTES } from '@rapor/shared/evidence';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiForm } from '../../../lib/api-client';

const Stored = z.object({ id: z.number(), label: z.string(), url: z.string() });

/** Uploads one evidence file of the area; too large a file is refused before it is sent. */
export function useUploadEvidence(year: number, code: string, tooLarge: string) {
  return useMutation({
    mutationFn: (file: File) => {
      if (file.size > MAX_EVIDENCE_BYTES) return Promise.reject(new Error(tooLarge));
      const form = new FormData();
      form.append('file', file, file.name);
      return apiForm(`/api/v1/periods/${year}/areas/${code}/evidence`, Stored, form);
    },
  });
}
