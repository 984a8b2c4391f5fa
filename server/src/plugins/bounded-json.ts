import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors';

/** No body the API takes nests deeper than a framework tree (about 6 levels); 64 is ample. */
export const MAX_JSON_DEPTH = 64;

/**
 * JSON bodies are parsed by Fastify's own parser (prototype poisoning refused) once their
 * nesting is known to be bounded: code that walks a parsed body recursively (schemas of the
 * recursive trees) must never meet a body 600 levels deep.
 */
export const boundedJson = fp(async (app: FastifyInstance) => {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthOver(body as string, MAX_JSON_DEPTH)) {
      done(
        new AppError(
          400,
          'JSON_TOO_DEEP',
          `Isian JSON bersarang lebih dari ${MAX_JSON_DEPTH} tingkat.`,
        ),
        undefined,
      );
      return;
    }
    parse(request, body as string, done);
  });
});

/** Whether the text's arrays and objects nest deeper than `max` (strings are skipped). */
export function jsonDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
