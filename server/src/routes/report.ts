import { NationalResult, NationalResultInput } from '@rapor/shared/national-schemas';
import { ReportInput, ReportQuery, ReportSettings } from '@rapor/shared/report-schemas';
import { YearParam } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { actorOf } from '../plugins/auth';
import { cachedJson } from '../services/dashboard/aggregate-cache';
import { listAppeals } from '../services/evaluation/appeals';
import { authorize } from '../services/evaluation/write-guard';
import { deckOf, frozenResults } from '../services/forum/deck-service';
import { getNationalResult, saveNationalResult } from '../services/forum/national-result';
import { areaReportToDocx, reportToDocx } from '../services/forum/report-docx';
import { getReport, reportNarrative, saveReport } from '../services/forum/report-service';
import { workbookData } from '../services/forum/workbook-data';
import { readErrors, sendJson, todayWib, writeContext, writeErrors } from './common';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The evaluation report (LHE): its letter and narrative, and the Word file drafted from the data. */
export const reportRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  const deckNow = (year: number, snapshot?: number) => {
    const now = config.now();
    return deckOf(db, year, snapshot, now, todayWib(now));
  };
  const ministry = () => config.ministry.name.id;

  app.get(
    '/api/v1/periods/:year/report',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['report'],
        summary:
          "The year's evaluation report: the letter's fields and narrative the secretariat entered (version 0: none yet), and each section as drafted from the data now",
        params: YearParam,
        response: { 200: ReportSettings, ...readErrors },
      },
    },
    async (request) => getReport(db, deckNow(request.params.year), ministry()),
  );
  app.put(
    '/api/v1/periods/:year/report',
    {
      config: { permission: 'report.edit' },
      schema: {
        tags: ['report'],
        summary:
          "Set the year's report letter (number, date, addressee, signatory, copies, assignment, team) and narrative sections; version-guarded, audited",
        params: YearParam,
        body: ReportInput,
        response: { 200: ReportSettings, ...writeErrors },
      },
    },
    async (request) => {
      saveReport(writeContext(request, db, config), request.params.year, request.body);
      return getReport(db, deckNow(request.params.year), ministry());
    },
  );
  app.get(
    '/api/v1/periods/:year/report.docx',
    {
      config: { permission: ['report.read', 'reportArea.read'] },
      schema: {
        tags: ['report'],
        summary:
          "The evaluation report as Word (A4, headings, tables, page numbers), from a snapshot or the data now; ?area=SDM: that working group's report",
        params: YearParam,
        querystring: ReportQuery,
        response: { 200: z.any(), ...readErrors },
      },
    },
    async (request, reply) => {
      const { snapshot, area } = request.query;
      // the whole ministry's report is the secretariat's, evaluators' and leadership's; a chair
      // reads its own area's
      authorize(actorOf(request), area ? 'reportArea.read' : 'report.read', area ? { area } : {});
      const deck = deckNow(request.params.year, snapshot);
      const settings = getReport(db, deck, ministry());
      // each item's values as frozen with the deck (a snapshot's workbook), or as they stand now
      const results =
        snapshot === undefined
          ? workbookData(db, deck.year, todayWib(config.now())).results
          : frozenResults(db, deck.year, snapshot);
      const content = {
        deck,
        letter: settings.letter,
        narrative: reportNarrative(settings),
        ministry: ministry(),
        results,
        appeals: listAppeals(db, deck.year).appeals,
      };
      const file = area ? await areaReportToDocx(content, area) : await reportToDocx(content);
      const suffix = `${area ? `-${area}` : ''}${deck.snapshot ? `-salinan-${deck.snapshot.number}` : ''}`;
      return reply
        .type(DOCX)
        .header('content-disposition', `attachment; filename="lhe-rb-${deck.year}${suffix}.docx"`)
        .send(file);
    },
  );
};

/** The national result of a closed year (KemenPANRB's letter) and the appeals made to it. */
export const nationalResultRoutes: FastifyPluginAsyncZod<AppOptions> = async (
  app,
  { db, config },
) => {
  app.get(
    '/api/v1/periods/:year/national-result',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['report'],
        summary:
          "KemenPANRB's result of the year (index, predicate, each item's score and note, the appeals and their answers) beside the ministry's own final values; recorded=false until entered",
        params: YearParam,
        response: { 200: NationalResult, ...readErrors },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      // read on every area page of a closed year: computed once per data version
      return sendJson(
        reply,
        cachedJson(db, `national:${year}`, NationalResult, () => getNationalResult(db, year)),
      );
    },
  );
  app.put(
    '/api/v1/periods/:year/national-result',
    {
      config: { permission: 'national.record' },
      schema: {
        tags: ['report'],
        summary:
          "Record KemenPANRB's result of a closed year and the appeals made to it (version-guarded, audited); the ministry's own final values do not change",
        params: YearParam,
        body: NationalResultInput,
        response: { 200: NationalResult, ...writeErrors },
      },
    },
    async (request) => {
      saveNationalResult(writeContext(request, db, config), request.params.year, request.body);
      return getNationalResult(db, request.params.year);
    },
  );
};
