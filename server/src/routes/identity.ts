import { readFile } from 'node:fs/promises';
import { MinistryIdentity } from '@rapor/shared/forum-schemas';
import { ErrorBody } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { NotFoundError } from '../errors';
import { loadErrors } from './common';

/** Whose evaluation this is: public, as the sign-in page and a deck opened offline show it. */
export const identityRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { config }) => {
  const { name, logoPath } = config.ministry;
  app.get(
    '/api/v1/identity',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['forum'],
        summary: "The ministry's name (both languages) and whether it has a logo",
        response: { 200: MinistryIdentity, 429: loadErrors[429] },
      },
    },
    async () => ({ name, logo: logoPath !== undefined }),
  );
  app.get(
    '/api/v1/identity/logo',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['forum'],
        summary: "The ministry's logo (PNG or JPEG, MINISTRY_LOGO); 404 when none is set",
        response: { 200: z.any(), 404: ErrorBody, 429: loadErrors[429] },
      },
    },
    async (_request, reply) => {
      const logo = await ministryLogo(config);
      if (!logo) throw new NotFoundError('Logo kementerian belum diatur (MINISTRY_LOGO).');
      return reply.type(logo.type).header('cache-control', 'no-cache').send(logo.data);
    },
  );
};

/** The ministry's logo as set (MINISTRY_LOGO): its type and bytes, or null when none is set. */
export async function ministryLogo(
  config: AppOptions['config'],
): Promise<{ type: 'image/png' | 'image/jpeg'; data: Buffer } | null> {
  const { logoPath } = config.ministry;
  if (!logoPath) return null;
  return {
    type: /\.png$/i.test(logoPath) ? 'image/png' : 'image/jpeg',
    data: await readFile(logoPath),
  };
}
