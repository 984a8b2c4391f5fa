import type { Quarter } from '@rapor/shared/action-plan';
import {
  ActionPlan,
  ActionPlansOverview,
  ActionPlanUpdate,
  PlanDeadlinesUpdate,
  PlanFileQuery,
  PlanGradesUpdate,
  PlanGrading,
  PlanImport,
  PlanImportQuery,
  PlanOverrideUpdate,
  QuarterParams,
  QuarterReportBody,
  RemindersSent,
  ThemeParams,
  ThemeQuarterParams,
} from '@rapor/shared/action-plan-schemas';
import type { AreaCode } from '@rapor/shared/areas';
import { YearAreaParams, YearParam } from '@rapor/shared/schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createTransport } from 'nodemailer';
import { z } from 'zod';
import type { AppOptions } from '../config';
import { ConflictError, ValidationError } from '../errors';
import {
  getActionPlan,
  listActionPlans,
  reportQuarter,
  saveActionPlan,
  setPlanDeadlines,
  themeTarget,
} from '../services/evaluation/action-plans';
import {
  getPlanGrading,
  overridePlanItem,
  savePlanGrades,
} from '../services/evaluation/plan-grading';
import { importPlan, plansWorkbook } from '../services/forum/plan-xlsx';
import { sendRemindersNow } from '../services/operations/reminders';
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

/**
 * A working group's action plan for the year: read by anyone signed in; the area's chair plans
 * it while the year is open and reports each quarter's realisation.
 */
export const actionPlanRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { db, config }) => {
  app.get(
    '/api/v1/periods/:year/action-plans',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['action plans'],
        summary:
          "Every working group's plan of the year in brief with its progress, and all actions as one plan",
        params: YearParam,
        response: { 200: ActionPlansOverview, ...readErrors },
      },
    },
    async (request) => listActionPlans(db, request.params.year, todayWib(config.now())),
  );
  app.put(
    '/api/v1/periods/:year/plan-deadlines',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['action plans'],
        summary:
          "Set the year's four quarter-report deadlines (secretariat; each on or after its quarter ends, in order; `read`: the deadlines the form showed, 409 when they changed since)",
        params: YearParam,
        body: PlanDeadlinesUpdate,
        response: { 200: ActionPlansOverview, ...writeErrors },
      },
    },
    async (request) =>
      setPlanDeadlines(writeContext(request, db, config), request.params.year, request.body),
  );
  app.get(
    '/api/v1/periods/:year/action-plans.xlsx',
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['action plans'],
        summary:
          "Every working group's plan as a workbook, a sheet per group: one row per action with its road-map row, quarterly targets, budget and realisation; lang=en in English",
        params: YearParam,
        querystring: PlanFileQuery,
        response: { 200: z.any(), ...readErrors },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="rencana-aksi-${year}.xlsx"`)
        .send(await plansWorkbook(db, year, todayWib(config.now()), request.query.lang ?? 'id'));
    },
  );
  // a group's plan, and a theme's (kept by the group leading it), each as its own workbook
  const planOf = (p: { year: number; code: AreaCode } | { year: number; theme: string }) =>
    'theme' in p ? themeTarget(db, p.year, p.theme) : { year: p.year, area: p.code };
  const owners = [
    {
      base: '/api/v1/periods/:year/areas/:code/action-plan',
      params: YearAreaParams,
      whose: "one working group's plan",
    },
    {
      base: '/api/v1/periods/:year/themes/:theme/action-plan',
      params: ThemeParams,
      whose: "an RB Tematik theme's plan (kept by the group leading it)",
    },
  ] as const;
  acceptXlsx(app);
  for (const owner of owners) {
    app.get(
      `${owner.base}.xlsx`,
      {
        config: { permission: 'result.read' },
        schema: {
          tags: ['action plans'],
          summary: `${owner.whose} as a workbook (the same columns); lang=en in English`,
          params: owner.params,
          querystring: PlanFileQuery,
          response: { 200: z.any(), ...readErrors },
        },
      },
      async (request, reply) => {
        const target = planOf(request.params);
        const name = target.theme ? `tema-${target.theme.code}` : target.area;
        return reply
          .type(XLSX)
          .header(
            'content-disposition',
            `attachment; filename="rencana-aksi-${name}-${target.year}.xlsx"`,
          )
          .send(
            await plansWorkbook(
              db,
              target.year,
              todayWib(config.now()),
              request.query.lang ?? 'id',
              target,
            ),
          );
      },
    );
    app.post(
      `${owner.base}/import`,
      {
        config: { permission: 'plan.edit' },
        bodyLimit: XLSX_LIMIT,
        schema: {
          tags: ['action plans'],
          summary: `Import ${owner.whose} filled offline as a workbook (chair of the keeping group, year open): dryRun=true previews what changes; otherwise, with the plan's version, all of it is written at once, or nothing when a cell is bad (details.errors by sheet, row and column)`,
          params: owner.params,
          querystring: PlanImportQuery,
          body: z.unknown(),
          response: { 200: PlanImport, ...writeErrors },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body))
          throw new ValidationError(`Kirim berkas xlsx dengan Content-Type ${XLSX}.`);
        const file = request.body;
        const target = planOf(request.params);
        return oneImportAtATime(request, () =>
          importPlan(writeContext(request, db, config), target, file, {
            dryRun: request.query.dryRun === 'true',
            ...(request.query.version !== undefined && { version: request.query.version }),
          }),
        );
      },
    );
  }
  const path = '/api/v1/periods/:year/areas/:code/action-plan';
  app.get(
    path,
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['action plans'],
        summary:
          "An area's action plan for the year with its progress (empty, version 0, until first saved)",
        params: YearAreaParams,
        response: { 200: ActionPlan, ...readErrors },
      },
    },
    async (request) =>
      getActionPlan(
        db,
        { year: request.params.year, area: request.params.code },
        todayWib(config.now()),
      ),
  );
  app.put(
    path,
    {
      config: { permission: 'plan.edit' },
      schema: {
        tags: ['action plans'],
        summary:
          "Save the area's whole plan (chair of the area, year open); reports already made stay with their action id",
        params: YearAreaParams,
        body: ActionPlanUpdate,
        response: { 200: ActionPlan, ...writeErrors },
      },
    },
    async (request) =>
      saveActionPlan(
        writeContext(request, db, config),
        { year: request.params.year, area: request.params.code },
        request.body,
      ),
  );
  app.post(
    `${path}/quarters/:quarter`,
    {
      config: { permission: 'plan.report' },
      schema: {
        tags: ['action plans'],
        summary:
          "Report a quarter's realisation (output, budget, evidence, note) for some of the plan's actions (chair of the area)",
        params: QuarterParams,
        body: QuarterReportBody,
        response: { 200: ActionPlan, ...writeErrors },
      },
    },
    async (request) =>
      reportQuarter(
        writeContext(request, db, config),
        { year: request.params.year, area: request.params.code },
        request.params.quarter as Quarter,
        request.body,
      ),
  );
  const themePath = '/api/v1/periods/:year/themes/:theme/action-plan';
  app.get(
    themePath,
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['action plans'],
        summary:
          "An RB Tematik theme's action plan for the year, kept by the working group the framework names to lead it (empty, version 0, until first saved; 404 for a theme the year's framework does not have)",
        params: ThemeParams,
        response: { 200: ActionPlan, ...readErrors },
      },
    },
    async (request) =>
      getActionPlan(
        db,
        themeTarget(db, request.params.year, request.params.theme),
        todayWib(config.now()),
      ),
  );
  app.put(
    themePath,
    {
      config: { permission: 'plan.edit' },
      schema: {
        tags: ['action plans'],
        summary:
          "Save the theme's whole plan (chair of the leading group, year open): each row names the problem it tackles instead of a main activity",
        params: ThemeParams,
        body: ActionPlanUpdate,
        response: { 200: ActionPlan, ...writeErrors },
      },
    },
    async (request) =>
      saveActionPlan(
        writeContext(request, db, config),
        themeTarget(db, request.params.year, request.params.theme),
        request.body,
      ),
  );
  app.post(
    `${themePath}/quarters/:quarter`,
    {
      config: { permission: 'plan.report' },
      schema: {
        tags: ['action plans'],
        summary:
          "Report a quarter's realisation for some of the theme plan's actions (chair of the leading group)",
        params: ThemeQuarterParams,
        body: QuarterReportBody,
        response: { 200: ActionPlan, ...writeErrors },
      },
    },
    async (request) =>
      reportQuarter(
        writeContext(request, db, config),
        themeTarget(db, request.params.year, request.params.theme),
        request.params.quarter as Quarter,
        request.body,
      ),
  );
  const grading = '/api/v1/periods/:year/plan-grading';
  app.get(
    grading,
    {
      config: { permission: 'result.read' },
      schema: {
        tags: ['action plans'],
        summary:
          "The ministry's action plan as graded: the chair's and the evaluator's grades of the seven sub-criteria, the evaluator's overrides, and the A.1/A.2 values they give",
        params: YearParam,
        response: { 200: PlanGrading, ...readErrors },
      },
    },
    async (request) => getPlanGrading(db, request.params.year, todayWib(config.now())),
  );
  app.put(
    grading,
    {
      config: { permission: ['result.edit', 'result.evaluate'] },
      schema: {
        tags: ['action plans'],
        summary:
          "Grade the seven sub-criteria: `side` self by the chair of the items' area (draft or returned), evaluator by the evaluator (submitted); A.1 follows",
        params: YearParam,
        body: PlanGradesUpdate,
        response: { 200: PlanGrading, ...writeErrors },
      },
    },
    async (request) =>
      savePlanGrades(writeContext(request, db, config), request.params.year, request.body),
  );
  app.put(
    `${grading}/override`,
    {
      config: { permission: 'result.evaluate' },
      schema: {
        tags: ['action plans'],
        summary:
          'The evaluator puts a value with a reason in place of the computed A.1 (`grades`) or A.2 (`implementation`); value null takes it back',
        params: YearParam,
        body: PlanOverrideUpdate,
        response: { 200: PlanGrading, ...writeErrors },
      },
    },
    async (request) =>
      overridePlanItem(writeContext(request, db, config), request.params.year, request.body),
  );
  app.post(
    '/api/v1/reminders/send',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['action plans'],
        summary:
          "Send the action plans' reminders as they stand now (secretariat): to each chair with a report late or due within a week, and the digest to every admin; 409 when SMTP_URL is not set",
        response: { 200: RemindersSent, ...writeErrors },
      },
    },
    async () => {
      const mail = config.mail;
      if (!mail) {
        throw new ConflictError(
          'INVALID_STATE',
          'Pengingat e-mail belum aktif: atur SMTP_URL pada server, lalu jalankan ulang.',
        );
      }
      const transport = createTransport(mail.smtpUrl);
      try {
        const now = config.now();
        const run = await sendRemindersNow(db, transport, mail, todayWib(now), now);
        return { sent: run.sent, failed: run.failed };
      } finally {
        transport.close();
      }
    },
  );
};
