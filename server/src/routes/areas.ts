import { AREAS } from '@rapor/shared/areas';
import { AreasResponse } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadErrors } from './common';

/** Public reference data: the eight change areas in official order. */
export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/areas',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'The eight change areas',
        response: { 200: AreasResponse, ...loadErrors },
      },
    },
    async () => ({
      areas: AREAS.map((a) => ({ ...a, renamedIn: a.renamedIn ? { ...a.renamedIn } : undefined })),
    }),
  );
};
