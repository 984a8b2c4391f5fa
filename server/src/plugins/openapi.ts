import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../auth/session-store';

/**
 * "GET /api/v1/periods/:year/areas/:code" → "getPeriodsYearAreasCode": stable, unique per
 * method and path, readable as a generated client's method name.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api(\/v1)?\//, '')
    .split(/[/.:_-]+/)
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]?.toUpperCase() + w.slice(1))].join('');
}

type Transform = typeof jsonSchemaTransform;

/**
 * Each operation gets an operationId and, unless the route is public, the session cookie as
 * its security requirement; a state-changing operation also the app's request header
 * (plugins/same-origin): what generated clients and linters need.
 */
const transform: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  const permission = (input.route.config as { permission?: unknown } | undefined)?.permission;
  const method = Array.isArray(input.route.method) ? input.route.method[0] : input.route.method;
  return {
    ...out,
    schema: {
      ...out.schema,
      operationId: operationIdOf(String(method), input.url),
      security: [
        {
          ...(permission !== 'public' && { session: [] }),
          ...(!['GET', 'HEAD'].includes(String(method)) && { appRequest: [] }),
        },
      ].filter((requirement) => Object.keys(requirement).length > 0),
    },
  };
};

/** OpenAPI generated from the routes' zod schemas: /api/openapi.json, browsable at /api/docs. */
export const openapi = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      // 3.1: JSON Schema 2020-12, where a nullable union is said plainly (type null)
      openapi: '3.1.0',
      info: {
        title: 'Rapor RB API',
        description: 'Evaluasi Reformasi Birokrasi: hasil per area, indeks, rekomendasi.',
        version: '1.0.0',
        license: { name: 'Proprietary — Kementerian Sosial RI', identifier: 'LicenseRef-Kemensos' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'The HttpOnly cookie POST /api/v1/auth/login sets',
          },
          appRequest: {
            type: 'apiKey',
            in: 'header',
            name: APP_REQUEST_HEADER,
            description:
              'Any non-empty value (the app sends 1). Required on every request that changes data, with Sec-Fetch-Site same-origin or none when a browser sends it: a page of another origin cannot add it, so forged requests get 403.',
          },
        },
      },
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Scripts only from the page itself (hashed); swagger-ui sets a few inline styles.
    staticCSP: true,
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
