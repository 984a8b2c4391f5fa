import type { Db } from '@rapor/db/open';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import { auth } from './plugins/auth';
import { clientApp } from './plugins/client-app';
import { errorHandler } from './plugins/error-handler';
import { openapi } from './plugins/openapi';
import { securityHeaders } from './plugins/security-headers';
import { areaRoutes } from './routes/areas';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { dashboardRoutes } from './routes/dashboard';
import { evidenceRoutes } from './routes/evidence';
import { figureRoutes } from './routes/figures';
import { frameworkRoutes } from './routes/frameworks';
import { healthRoutes } from './routes/health';
import { periodAdminRoutes } from './routes/period-admin';
import { periodRoutes } from './routes/periods';
import { recommendationRoutes } from './routes/recommendations';
import { resultWriteRoutes } from './routes/result-writes';
import { userRoutes } from './routes/users';

// Validation messages reach users: Bahasa Indonesia first.
z.config(z.locales.id());

export interface AppOptions {
  db: Db;
  config: Config;
}

/** The whole HTTP application on a migrated database; no listen here (server.ts does that). */
export async function buildApp({ db, config }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Bodies are JSON only: anything else is 415 (this also keeps cross-site form posts out).
  app.removeContentTypeParser('text/plain');

  await app.register(errorHandler);
  await app.register(securityHeaders);
  await app.register(openapi);
  await app.register(auth, { db, config });

  const opts = { db, config };
  await app.register(healthRoutes, opts);
  await app.register(authRoutes, opts);
  await app.register(userRoutes, opts);
  await app.register(areaRoutes);
  await app.register(frameworkRoutes, opts);
  await app.register(periodRoutes, opts);
  await app.register(recommendationRoutes, opts);
  await app.register(dashboardRoutes, opts);
  await app.register(resultWriteRoutes, opts);
  await app.register(periodAdminRoutes, opts);
  await app.register(figureRoutes, opts);
  await app.register(evidenceRoutes, opts);
  await app.register(auditRoutes, opts);

  await app.register(clientApp, { dist: config.clientDist });
  return app;
}
