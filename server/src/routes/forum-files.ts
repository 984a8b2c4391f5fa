import { arrangeSlides, deckSlides } from '@rapor/shared/forum';
import {
  type Deck,
  DeckQuery,
  type ForumAgenda,
  WorkbookQuery,
  WorksheetImport,
  WorksheetImportQuery,
} from '@rapor/shared/forum-schemas';
import { ErrorBody, YearAreaParams, YearParam } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { ValidationError } from '../errors';
import { deckToPptx, momentOf, type PptxIdentity } from '../services/forum/deck-pptx';
import { deckOf, frozenWorkbook } from '../services/forum/deck-service';
import { listDirections } from '../services/forum/directions-service';
import { getAgenda } from '../services/forum/forum-agenda';
import { yearWorkbook } from '../services/forum/forum-xlsx';
import { workbookData } from '../services/forum/workbook-data';
import { importWorksheet } from '../services/forum/worksheet-import';
import {
  acceptXlsx,
  oneImportAtATime,
  readErrors,
  todayWib,
  writeContext,
  writeErrors,
  XLSX,
  XLSX_LIMIT,
} from './common';
import { ministryLogo } from './identity';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Files that leave the forum room, and a chair's worksheet filled offline coming back. */
export const forumFileRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/periods/:year/export.pptx',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['forum'],
        summary:
          'The forum deck as PowerPoint (from a snapshot, or the data now; the title slide says which)',
        params: YearParam,
        querystring: DeckQuery,
        response: { 200: z.any(), ...readErrors },
      },
    },
    async (request, reply) => {
      const now = config.now();
      const deck = deckOf(db, request.params.year, request.query.snapshot, now, todayWib(now));
      const suffix = deck.snapshot ? `-salinan-${deck.snapshot.number}` : '';
      return reply
        .type(PPTX)
        .header('content-disposition', `attachment; filename="forum-rb-${deck.year}${suffix}.pptx"`)
        .send(
          await deckToPptx(
            deck,
            listDirections(db, { year: deck.year }, todayWib(now)),
            agendaOf(deck, getAgenda(db, deck.year, request.query.snapshot)),
            await pptxIdentity(config),
          ),
        );
    },
  );
  app.get(
    '/api/v1/periods/:year/export.xlsx',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['forum'],
        summary:
          "The year's workbook: summary, each area's worksheet (re-importable), achievements, recommendations, directions; it states the moment it shows; lang=en writes it in English (the import reads either)",
        params: YearParam,
        querystring: WorkbookQuery,
        response: { 200: z.any(), ...readErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const now = config.now();
      const { year } = request.params;
      const { snapshot: number, lang = 'id' } = request.query;
      const frozen =
        number === undefined
          ? { data: workbookData(db, year, todayWib(now)), snapshot: null, asOf: now.toISOString() }
          : frozenWorkbook(db, year, number);
      const suffix = frozen.snapshot ? `-salinan-${frozen.snapshot.number}` : '';
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="rapor-rb-${year}${suffix}.xlsx"`)
        .send(await yearWorkbook(frozen.data, momentOf(frozen, lang), lang));
    },
  );

  acceptXlsx(app);
  app.post(
    '/api/v1/periods/:year/areas/:code/import',
    {
      config: { permission: 'result.edit' },
      bodyLimit: XLSX_LIMIT,
      schema: {
        tags: ['results'],
        summary:
          "Import the area's sheet of a filled workbook: dryRun=true previews the changed answers; otherwise all are applied at once, or none when a row is bad",
        params: YearAreaParams,
        querystring: WorksheetImportQuery,
        body: z.unknown(),
        response: { 200: WorksheetImport, ...writeErrors },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body))
        throw new ValidationError(`Kirim berkas xlsx dengan Content-Type ${XLSX}.`);
      const file = request.body;
      return oneImportAtATime(request, () =>
        importWorksheet(
          writeContext(request, db, config),
          { year: request.params.year, area: request.params.code },
          file,
          {
            dryRun: request.query.dryRun === 'true',
            ...(request.query.version !== undefined && { version: request.query.version }),
          },
        ),
      );
    },
  );
};

/** The deck's slides and speaker notes as the forum's agenda has them. */
const agendaOf = (deck: Deck, agenda: ForumAgenda) => ({
  slides: arrangeSlides(deckSlides(deck), agenda),
  notes: agenda.notes,
});

/** The ministry as the PowerPoint's title slide shows it: its name, its logo inlined. */
async function pptxIdentity(config: AppOptions['config']): Promise<PptxIdentity> {
  const name = config.ministry.name.id;
  const logo = await ministryLogo(config);
  return logo ? { name, logo: `${logo.type};base64,${logo.data.toString('base64')}` } : { name };
}
