import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Conservative headers on every response; the SPA loads nothing from other origins. The API
 * docs page sets its own CSP (@fastify/swagger-ui, staticCSP: hashes of its inline parts).
 * HSTS only in production, where the app sits behind HTTPS.
 */
export const securityHeaders = fp(async (app: FastifyInstance, opts: { production: boolean }) => {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    );
    if (opts.production) {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (!request.url.startsWith('/api/docs')) {
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
    }
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
});
