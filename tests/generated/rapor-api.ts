// Generated from GET /api/openapi.json by openapi-typescript (pnpm openapi:types).
// Do not edit: tests/api/openapi.test.ts fails when it no longer matches the served document.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check; says whether the demo accounts sign in here */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets an HttpOnly session cookie */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: ends every one of the user's sessions */
        post: operations["postAuthLogoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users */
        get: operations["getUsers"];
        put?: never;
        /** Create a user */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a user's name, area, or deactivate them (ends their sessions) */
        put: operations["putUsersId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reset a user's password (ends their sessions) */
        put: operations["putUsersIdPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End every session of a user (they sign in again) */
        delete: operations["deleteUsersIdSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The eight change areas */
        get: operations["getAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Framework versions */
        get: operations["getFrameworks"];
        put?: never;
        /** Import a framework version (JSON, or the xlsx template); dryRun=true previews it */
        post: operations["postFrameworks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One framework with its tree of components, areas and indicators */
        get: operations["getFrameworksId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The framework as the xlsx template (one row per indicator); re-importable */
        get: operations["getFrameworksIdExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation periods */
        get: operations["getPeriods"];
        put?: never;
        /** Open a new evaluation period */
        post: operations["postPeriods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One period with the status of each area */
        get: operations["getPeriodsYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An area's result for a year */
        get: operations["getPeriodsYearAreasCode"];
        /** Edit narrative and/or target */
        put: operations["putPeriodsYearAreasCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why did the area's points change since the previous year (waterfall) */
        get: operations["getPeriodsYearAreasCodeComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recommendations with their follow-ups, filtered by area, status and year issued; a page of them with limit and offset */
        get: operations["getRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recommendation with its follow-ups */
        get: operations["getRecommendationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up (status change with a note), also on earlier years */
        post: operations["postRecommendationsIdFollowUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year against the previous one: index change, area changes, gains, losses, open recommendations */
        get: operations["getDashboardOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Index, predicate, components and areas per year */
        get: operations["getDashboardSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ministry outcome figures per year (SAKIP, BPK opinion, SPI, Ombudsman, budget, IKM) */
        get: operations["getOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/indicators/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer an indicator (chair's or evaluator's fields) */
        put: operations["putPeriodsYearAreasCodeIndicatorsIndicator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an achievement */
        post: operations["postPeriodsYearAreasCodeAchievements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/achievements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit an achievement */
        put: operations["putPeriodsYearAreasCodeAchievementsId"];
        post?: never;
        /** Delete an achievement */
        delete: operations["deletePeriodsYearAreasCodeAchievementsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a recommendation */
        post: operations["postPeriodsYearAreasCodeRecommendations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a recommendation of this result */
        put: operations["putPeriodsYearAreasCodeRecommendationsId"];
        post?: never;
        /** Delete a recommendation of this result */
        delete: operations["deletePeriodsYearAreasCodeRecommendationsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for review (chair) */
        post: operations["postPeriodsYearAreasCodeSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return with a comment (evaluator) */
        post: operations["postPeriodsYearAreasCodeReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify (evaluator) */
        post: operations["postPeriodsYearAreasCodeVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What closing the year would settle without the evaluator: areas not verified, unanswered items */
        get: operations["getPeriodsYearClosing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a period to review, back to open, or close it (results become final; 409 CLOSING_NEEDS_EXCEPTIONS until every area not verified is named with a reason) */
        post: operations["postPeriodsYearState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a year that is not closed to a newer version of its method, keeping its answers (409 FRAMEWORK_NOT_COMPATIBLE with the problems, INVALID_STATE once closed) */
        post: operations["postPeriodsYearFramework"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/hasil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sourced figures of a year (Hasil and outside assessments) with their sources */
        get: operations["getPeriodsYearHasil"];
        put?: never;
        /** Enter (secretariat) or verify (evaluator) many figures at once, all or nothing; a refusal lists every row at fault (details.rows) */
        post: operations["postPeriodsYearHasil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/hasil/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter a sourced figure (secretariat) or verify it against its source (evaluator) */
        put: operations["putPeriodsYearHasilIndicator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/hasil/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's sourced figures as one sheet to fill offline (value, source) and import back; lang=en writes it in English (the import reads either) */
        get: operations["getPeriodsYearHasilExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/hasil/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a filled figures sheet: dryRun=true previews the changed figures; otherwise all are written at once, or none when a row is bad (details.errors by sheet, row and column) */
        post: operations["postPeriodsYearHasilImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/not-applicable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items that do not apply to the institution this year (RB General is rescaled) */
        get: operations["getPeriodsYearNotApplicable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/not-applicable/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark an RB General item as not applicable this year, with the reason (admin) */
        put: operations["putPeriodsYearNotApplicableIndicator"];
        post?: never;
        /** Count an item again (admin) */
        delete: operations["deletePeriodsYearNotApplicableIndicator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an evidence file (PDF, PNG, JPEG, Office; at most 10 MB) */
        post: operations["postPeriodsYearAreasCodeEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an uploaded evidence file */
        get: operations["getEvidenceId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the audit trail's hash chain holds, and the first entry where it breaks */
        get: operations["getAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An area result's history (who changed what, when) */
        get: operations["getPeriodsYearAreasCodeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/deck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum deck of a year: from a frozen snapshot, or the data as it stands now */
        get: operations["getPeriodsYearDeck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The frozen snapshots of a year, oldest first */
        get: operations["getPeriodsYearSnapshots"];
        put?: never;
        /** Freeze the deck for the forum: a dated, numbered copy that never changes */
        post: operations["postPeriodsYearSnapshots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minister's directions, by forum year, area and status */
        get: operations["getDirections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One direction with its follow-ups */
        get: operations["getDirectionsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/directions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a minister's direction given at the forum; sent again with the same clientId, the stored one is returned (200) */
        post: operations["postPeriodsYearDirections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directions/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up on a direction; the chair reports, the secretariat closes */
        post: operations["postDirectionsIdFollowUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/export.pptx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum deck as PowerPoint (from a snapshot, or the data now; the title slide says which) */
        get: operations["getPeriodsYearExportPptx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's workbook: summary, each area's worksheet (re-importable), achievements, recommendations, directions; it states the moment it shows; lang=en writes it in English (the import reads either) */
        get: operations["getPeriodsYearExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the area's sheet of a filled workbook: dryRun=true previews the changed answers; otherwise all are applied at once, or none when a row is bad */
        post: operations["postPeriodsYearAreasCodeImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/action-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every working group's plan of the year in brief with its progress, and all actions as one plan */
        get: operations["getPeriodsYearActionPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/plan-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the year's four quarter-report deadlines (secretariat; each on or after its quarter ends, in order; `read`: the deadlines the form showed, 409 when they changed since) */
        put: operations["putPeriodsYearPlanDeadlines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/action-plans.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every working group's plan as a workbook, a sheet per group: one row per action with its road-map row, quarterly targets, budget and realisation; lang=en in English */
        get: operations["getPeriodsYearActionPlansXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/action-plan.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One working group's plan as a workbook (the same columns); lang=en in English */
        get: operations["getPeriodsYearAreasCodeActionPlanXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/action-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An area's action plan for the year with its progress (empty, version 0, until first saved) */
        get: operations["getPeriodsYearAreasCodeActionPlan"];
        /** Save the area's whole plan (chair of the area, year open); reports already made stay with their action id */
        put: operations["putPeriodsYearAreasCodeActionPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/periods/{year}/areas/{code}/action-plan/quarters/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a quarter's realisation (output, budget, evidence, note) for some of the plan's actions (chair of the area) */
        post: operations["postPeriodsYearAreasCodeActionPlanQuartersQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FrameworkNodeInput: {
            code: string;
            name: {
                id: string;
                en: string;
            };
            weight: number;
            /** @enum {string} */
            area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            areaRoot?: boolean;
            note?: string;
            assumed?: boolean;
            answer?: {
                /** @constant */
                type: "yesno";
            } | {
                /** @constant */
                type: "scale";
                /** @enum {string} */
                scale: "A-C" | "A-D" | "A-E";
            } | {
                /** @constant */
                type: "percent";
            } | {
                /** @constant */
                type: "number";
                min: number;
                max: number;
                unit?: string;
                integer?: boolean;
                ofMax?: boolean;
            } | {
                /** @constant */
                type: "choice";
                options: {
                    value: string;
                    label: {
                        id: string;
                        en: string;
                    };
                    fraction: number;
                }[];
            };
            options?: {
                code: string;
                fraction: number;
                criterion: {
                    id: string;
                    en: string;
                };
            }[];
            sourcedBy?: string;
            /** @enum {string} */
            outcome?: "sakip" | "bpk_opinion" | "integrity_survey" | "ombudsman" | "budget_realisation" | "public_satisfaction";
            adjustment?: boolean;
            multipliedBy?: string;
            target?: number;
            targetUnresolved?: string;
            rubric?: {
                upTo: number;
                meaning: {
                    id: string;
                    en: string;
                };
            }[];
            children?: components["schemas"]["FrameworkNodeInput"][];
        };
        ScoredNodeInput: {
            code: string;
            name: {
                id: string;
                en: string;
            };
            weight: number;
            /** @enum {string} */
            area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            points: number;
            selfPoints: number;
            answered: number;
            indicatorCount: number;
            indicator?: {
                answer: {
                    /** @constant */
                    type: "yesno";
                } | {
                    /** @constant */
                    type: "scale";
                    /** @enum {string} */
                    scale: "A-C" | "A-D" | "A-E";
                } | {
                    /** @constant */
                    type: "percent";
                } | {
                    /** @constant */
                    type: "number";
                    min: number;
                    max: number;
                    unit?: string;
                    integer?: boolean;
                    ofMax?: boolean;
                } | {
                    /** @constant */
                    type: "choice";
                    options: {
                        value: string;
                        label: {
                            id: string;
                            en: string;
                        };
                        fraction: number;
                    }[];
                };
                selfValue: (boolean | number | string) | null;
                evaluatorValue: (boolean | number | string) | null;
                value: (boolean | number | string) | null;
                fraction: number;
                error?: string;
                multiplier?: number;
                evidence: {
                    label: string;
                    url: string;
                }[];
                selfComment: string | null;
                evaluatorComment: string | null;
                figure?: {
                    sourcedBy: string;
                    sourceTitle: string | null;
                    sourceIssuer: string | null;
                    sourceDate: string | null;
                    provenance: ("published" | "demo") | null;
                    enteredBy: string | null;
                    enteredAt: string | null;
                    verifiedBy: string | null;
                    verifiedAt: string | null;
                };
                returnedReason: string | null;
            };
            options?: {
                code: string;
                fraction: number;
                criterion: {
                    id: string;
                    en: string;
                };
            }[];
            targetBaik?: {
                target: number;
                met: boolean;
                achievement: number | null;
            };
            targetUnresolved?: string;
            rubric?: {
                upTo: number;
                meaning: {
                    id: string;
                    en: string;
                };
            }[];
            note?: string;
            children?: components["schemas"]["ScoredNodeInput"][];
        };
        FrameworkNode: {
            code: string;
            name: {
                id: string;
                en: string;
            };
            weight: number;
            /** @enum {string} */
            area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            areaRoot?: boolean;
            note?: string;
            assumed?: boolean;
            answer?: {
                /** @constant */
                type: "yesno";
            } | {
                /** @constant */
                type: "scale";
                /** @enum {string} */
                scale: "A-C" | "A-D" | "A-E";
            } | {
                /** @constant */
                type: "percent";
            } | {
                /** @constant */
                type: "number";
                min: number;
                max: number;
                unit?: string;
                integer?: boolean;
                ofMax?: boolean;
            } | {
                /** @constant */
                type: "choice";
                options: {
                    value: string;
                    label: {
                        id: string;
                        en: string;
                    };
                    fraction: number;
                }[];
            };
            options?: {
                code: string;
                fraction: number;
                criterion: {
                    id: string;
                    en: string;
                };
            }[];
            sourcedBy?: string;
            /** @enum {string} */
            outcome?: "sakip" | "bpk_opinion" | "integrity_survey" | "ombudsman" | "budget_realisation" | "public_satisfaction";
            adjustment?: boolean;
            multipliedBy?: string;
            target?: number;
            targetUnresolved?: string;
            rubric?: {
                upTo: number;
                meaning: {
                    id: string;
                    en: string;
                };
            }[];
            children?: components["schemas"]["FrameworkNode"][];
        };
        ScoredNode: {
            code: string;
            name: {
                id: string;
                en: string;
            };
            weight: number;
            /** @enum {string} */
            area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            points: number;
            selfPoints: number;
            answered: number;
            indicatorCount: number;
            indicator?: {
                answer: {
                    /** @constant */
                    type: "yesno";
                } | {
                    /** @constant */
                    type: "scale";
                    /** @enum {string} */
                    scale: "A-C" | "A-D" | "A-E";
                } | {
                    /** @constant */
                    type: "percent";
                } | {
                    /** @constant */
                    type: "number";
                    min: number;
                    max: number;
                    unit?: string;
                    integer?: boolean;
                    ofMax?: boolean;
                } | {
                    /** @constant */
                    type: "choice";
                    options: {
                        value: string;
                        label: {
                            id: string;
                            en: string;
                        };
                        fraction: number;
                    }[];
                };
                selfValue: (boolean | number | string) | null;
                evaluatorValue: (boolean | number | string) | null;
                value: (boolean | number | string) | null;
                fraction: number;
                error?: string;
                multiplier?: number;
                evidence: {
                    label: string;
                    url: string;
                }[];
                selfComment: string | null;
                evaluatorComment: string | null;
                figure?: {
                    sourcedBy: string;
                    sourceTitle: string | null;
                    sourceIssuer: string | null;
                    sourceDate: string | null;
                    provenance: ("published" | "demo") | null;
                    enteredBy: string | null;
                    enteredAt: string | null;
                    verifiedBy: string | null;
                    verifiedAt: string | null;
                };
                returnedReason: string | null;
            };
            options?: {
                code: string;
                fraction: number;
                criterion: {
                    id: string;
                    en: string;
                };
            }[];
            targetBaik?: {
                target: number;
                met: boolean;
                achievement: number | null;
            };
            targetUnresolved?: string;
            rubric?: {
                upTo: number;
                meaning: {
                    id: string;
                    en: string;
                };
            }[];
            note?: string;
            children?: components["schemas"]["ScoredNode"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        demoAccounts: boolean;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "chair" | "evaluator" | "leader" | "viewer";
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postAuthLogoutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "chair" | "evaluator" | "leader" | "viewer";
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "chair" | "evaluator" | "leader" | "viewer";
                            areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                            active: boolean;
                            createdAt: string;
                            sessions: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    /** @enum {string} */
                    role: "admin" | "chair" | "evaluator" | "leader" | "viewer";
                    password: string;
                    /** @enum {string} */
                    area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "chair" | "evaluator" | "leader" | "viewer";
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                        active: boolean;
                        createdAt: string;
                        sessions: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    active?: boolean;
                    /** @enum {string} */
                    area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "chair" | "evaluator" | "leader" | "viewer";
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                        active: boolean;
                        createdAt: string;
                        sessions: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putUsersIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deleteUsersIdSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getFrameworks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        frameworks: {
                            id: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            regulation: string;
                            method: string;
                            usedBy: number[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postFrameworks: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: {
                            id: string;
                            en: string;
                        };
                        regulation: string;
                        method: string;
                        usedBy: number[];
                        areaComponent?: string;
                        readonly rescaledComponents?: string[];
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                        maxScore: number;
                        assumptions: string[];
                        predicateScaleAssumed?: boolean;
                        predicateRule?: {
                            readonly bands: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                above?: number;
                                atLeast?: number;
                            }[];
                            belowTarget?: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                /** @enum {string} */
                                becomes: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            };
                            source: string;
                            /** @enum {string} */
                            confidence: "official" | "unconfirmed" | "assumed";
                        };
                        targetSource?: string;
                        rubricSource?: string;
                        components: components["schemas"]["FrameworkNode"][];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: {
                            id: string;
                            en: string;
                        };
                        regulation: string;
                        method: string;
                        usedBy: number[];
                        areaComponent?: string;
                        readonly rescaledComponents?: string[];
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                        maxScore: number;
                        assumptions: string[];
                        predicateScaleAssumed?: boolean;
                        predicateRule?: {
                            readonly bands: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                above?: number;
                                atLeast?: number;
                            }[];
                            belowTarget?: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                /** @enum {string} */
                                becomes: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            };
                            source: string;
                            /** @enum {string} */
                            confidence: "official" | "unconfirmed" | "assumed";
                        };
                        targetSource?: string;
                        rubricSource?: string;
                        components: components["schemas"]["FrameworkNode"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getFrameworksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: {
                            id: string;
                            en: string;
                        };
                        regulation: string;
                        method: string;
                        usedBy: number[];
                        areaComponent?: string;
                        readonly rescaledComponents?: string[];
                        areas: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN")[];
                        maxScore: number;
                        assumptions: string[];
                        predicateScaleAssumed?: boolean;
                        predicateRule?: {
                            readonly bands: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                above?: number;
                                atLeast?: number;
                            }[];
                            belowTarget?: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                /** @enum {string} */
                                becomes: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            };
                            source: string;
                            /** @enum {string} */
                            confidence: "official" | "unconfirmed" | "assumed";
                        };
                        targetSource?: string;
                        rubricSource?: string;
                        components: components["schemas"]["FrameworkNode"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getFrameworksIdExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        periods: {
                            year: number;
                            frameworkId: string;
                            /** @enum {string} */
                            state: "open" | "review" | "closed";
                            closedAt: string | null;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    frameworkId: string;
                    carryTargets?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        frameworkId: string;
                        /** @enum {string} */
                        state: "open" | "review" | "closed";
                        closedAt: string | null;
                        version: number;
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "verified" | "final";
                            version: number;
                            closedUnverified: string | null;
                            chairs: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        frameworkId: string;
                        /** @enum {string} */
                        state: "open" | "review" | "closed";
                        closedAt: string | null;
                        version: number;
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "verified" | "final";
                            version: number;
                            closedUnverified: string | null;
                            chairs: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearAreasCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearAreasCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    narrative?: string;
                    target?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearAreasCodeComparison: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        from: {
                            year: number;
                            framework: string;
                            points: number;
                            max: number;
                            percent: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                        } | null;
                        to: {
                            year: number;
                            framework: string;
                            points: number;
                            max: number;
                            percent: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                        };
                        methodChanged: boolean;
                        steps: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            weight: number;
                            fromPoints: number;
                            toPoints: number;
                            contribution: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getRecommendations: {
        parameters: {
            query?: {
                area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                status?: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                year?: string;
                limit?: string;
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recommendations: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            text: string;
                            ownerUnit: string;
                            dueDate: string | null;
                            /** @enum {string} */
                            priority: "high" | "medium" | "low";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                            version: number;
                            overdue: boolean;
                            followUps: {
                                id: number;
                                year: number;
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                note: string;
                                by: string | null;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getRecommendationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        text: string;
                        ownerUnit: string;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "medium" | "low";
                        /** @enum {string} */
                        status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                        version: number;
                        overdue: boolean;
                        followUps: {
                            id: number;
                            year: number;
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                            note: string;
                            by: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postRecommendationsIdFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        text: string;
                        ownerUnit: string;
                        dueDate: string | null;
                        /** @enum {string} */
                        priority: "high" | "medium" | "low";
                        /** @enum {string} */
                        status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                        version: number;
                        overdue: boolean;
                        followUps: {
                            id: number;
                            year: number;
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                            note: string;
                            by: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getDashboardOverview: {
        parameters: {
            query?: {
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        framework: string;
                        previousYear: number | null;
                        previousFramework: string | null;
                        index: number;
                        /** @enum {string} */
                        predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                        /** @enum {string} */
                        standing: "final" | "provisional" | "incomplete";
                        shownPredicate: ("AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D") | null;
                        indexSource: ("published" | "demo") | null;
                        predicateAssumed: boolean;
                        predicateSource: string;
                        indexDelta: number | null;
                        /** @enum {string} */
                        indexDeltaBasis: "points" | "percent";
                        maxScore: number;
                        methodChanged: boolean;
                        versionChanged: boolean;
                        completeness: {
                            answered: number;
                            total: number;
                        };
                        areasClosedUnverified: number;
                        targetBaik: {
                            met: number;
                            total: number;
                            unvalued: number;
                            notApplicable: number;
                            unresolved: {
                                code: string;
                                reason: string;
                            }[];
                            strongest: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                target: number;
                                value: number | null;
                                met: boolean;
                                achievement: number | null;
                            } | null;
                            weakest: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                target: number;
                                value: number | null;
                                met: boolean;
                                achievement: number | null;
                            } | null;
                            items: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                target: number;
                                value: number | null;
                                met: boolean;
                                achievement: number | null;
                            }[];
                            lowers: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                /** @enum {string} */
                                becomes: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            } | null;
                        } | null;
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            percent: number;
                            previousPercent: number | null;
                            delta: number | null;
                            targetPercent: number | null;
                            complete: boolean;
                        }[];
                        gains: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            percent: number;
                            previousPercent: number | null;
                            delta: number | null;
                            targetPercent: number | null;
                            complete: boolean;
                        }[];
                        losses: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            percent: number;
                            previousPercent: number | null;
                            delta: number | null;
                            targetPercent: number | null;
                            complete: boolean;
                        }[];
                        recommendations: {
                            byArea: {
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                open: number;
                                inProgress: number;
                                overdue: number;
                            }[];
                            open: number;
                            overdue: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getDashboardSummary: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: {
                            year: number;
                            framework: string;
                            method: string;
                            /** @enum {string} */
                            periodState: "open" | "review" | "closed";
                            index: number;
                            maxScore: number;
                            indexSource: ("published" | "demo") | null;
                            predicateAssumed: boolean;
                            predicateSource: string;
                            /** @enum {string} */
                            predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            shownPredicate: ("AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D") | null;
                            components: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                points: number;
                                max: number;
                                adjustment?: boolean;
                            }[];
                            general: {
                                points: number;
                                max: number;
                                components: string[];
                                notApplicable: number;
                                applicableWeight: number;
                            } | null;
                            targetBaik: {
                                met: number;
                                total: number;
                                unvalued: number;
                                notApplicable: number;
                                unresolved: {
                                    code: string;
                                    reason: string;
                                }[];
                                strongest: {
                                    code: string;
                                    name: {
                                        id: string;
                                        en: string;
                                    };
                                    area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                    target: number;
                                    value: number | null;
                                    met: boolean;
                                    achievement: number | null;
                                } | null;
                                weakest: {
                                    code: string;
                                    name: {
                                        id: string;
                                        en: string;
                                    };
                                    area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                    target: number;
                                    value: number | null;
                                    met: boolean;
                                    achievement: number | null;
                                } | null;
                                items: {
                                    code: string;
                                    name: {
                                        id: string;
                                        en: string;
                                    };
                                    area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                    target: number;
                                    value: number | null;
                                    met: boolean;
                                    achievement: number | null;
                                }[];
                                lowers: {
                                    /** @enum {string} */
                                    predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                    /** @enum {string} */
                                    becomes: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                } | null;
                            } | null;
                            readonly predicateBands: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                above?: number;
                                atLeast?: number;
                            }[];
                            areasMakeUp: string | null;
                            completeness: {
                                answered: number;
                                total: number;
                            };
                            areasClosedUnverified: number;
                            areas: {
                                /** @enum {string} */
                                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                points: number;
                                max: number;
                                percent: number;
                                target: number | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "verified" | "final";
                                closedUnverified: string | null;
                                answered: number;
                                total: number;
                                /** @enum {string} */
                                standing: "final" | "provisional" | "incomplete";
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getOutcomes: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        outcomes: {
                            year: number;
                            /** @enum {string} */
                            kind: "sakip" | "bpk_opinion" | "integrity_survey" | "ombudsman" | "budget_realisation" | "public_satisfaction";
                            value: number | null;
                            text: string | null;
                            unit: string | null;
                            /** @enum {string} */
                            source: "published" | "demo";
                            note: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearAreasCodeIndicatorsIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                indicator: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    selfValue?: (boolean | number | string) | null;
                    evidence?: {
                        label: string;
                        url: string;
                    }[];
                    selfComment?: string | null;
                    evaluatorValue?: (boolean | number | string) | null;
                    evaluatorComment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeAchievements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    title: string;
                    /** @enum {string} */
                    kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                    date?: string | null;
                    description?: string | null;
                    evidence?: {
                        label: string;
                        url: string;
                    }[];
                    metric?: {
                        label: string;
                        value: number;
                        unit?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearAreasCodeAchievementsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    title: string;
                    /** @enum {string} */
                    kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                    date?: string | null;
                    description?: string | null;
                    evidence?: {
                        label: string;
                        url: string;
                    }[];
                    metric?: {
                        label: string;
                        value: number;
                        unit?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deletePeriodsYearAreasCodeAchievementsId: {
        parameters: {
            query: {
                version: string;
            };
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    text: string;
                    ownerUnit: string;
                    dueDate?: string | null;
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    priority?: "high" | "medium" | "low";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearAreasCodeRecommendationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    text: string;
                    ownerUnit: string;
                    dueDate?: string | null;
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    priority?: "high" | "medium" | "low";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deletePeriodsYearAreasCodeRecommendationsId: {
        parameters: {
            query: {
                version: string;
            };
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                    indicators?: {
                        code: string;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                    indicators?: {
                        code: string;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                    indicators?: {
                        code: string;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        area: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            order: number;
                            name: {
                                id: string;
                                en: string;
                            };
                            renamedIn?: {
                                [key: string]: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "verified" | "final";
                        closedUnverified: string | null;
                        version: number;
                        reviewComment: string | null;
                        narrative: string;
                        target: number | null;
                        score: {
                            points: number;
                            max: number;
                            percent: number;
                            selfPoints: number;
                            evaluatorPoints: number;
                            evaluated: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number;
                            total: number;
                        };
                        tree: components["schemas"]["ScoredNode"][];
                        achievements: {
                            id: number;
                            year: number;
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            title: string;
                            /** @enum {string} */
                            kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                            date: string | null;
                            description: string | null;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            metric: {
                                label: string;
                                value: number;
                                unit: string | null;
                            } | null;
                        }[];
                        recommendations: {
                            issued: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            carriedOver: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                version: number;
                                overdue: boolean;
                                followUps: {
                                    id: number;
                                    year: number;
                                    /** Format: date */
                                    date: string;
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                    note: string;
                                    by: string | null;
                                }[];
                            }[];
                            asOf: string | null;
                        };
                        updatedAt: string;
                        review: {
                            at: string;
                            comment: string;
                            changes: {
                                code: string;
                                /** @enum {string} */
                                field: "selfValue" | "evidence" | "selfComment";
                                before: unknown;
                                after: unknown;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearClosing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        state: "open" | "review" | "closed";
                        version: number;
                        pending: {
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "verified" | "final";
                            unanswered: string[];
                        }[];
                        unansweredElsewhere: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "open" | "review" | "closed";
                    version: number;
                    exceptions?: {
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        frameworkId: string;
                        /** @enum {string} */
                        state: "open" | "review" | "closed";
                        closedAt: string | null;
                        version: number;
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "verified" | "final";
                            version: number;
                            closedUnverified: string | null;
                            chairs: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearFramework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    frameworkId: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        frameworkId: string;
                        /** @enum {string} */
                        state: "open" | "review" | "closed";
                        closedAt: string | null;
                        version: number;
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "verified" | "final";
                            version: number;
                            closedUnverified: string | null;
                            chairs: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearHasil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        figures: {
                            sourcedBy: string;
                            sourceTitle: string | null;
                            sourceIssuer: string | null;
                            sourceDate: string | null;
                            provenance: ("published" | "demo") | null;
                            enteredBy: string | null;
                            enteredAt: string | null;
                            verifiedBy: string | null;
                            verifiedAt: string | null;
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            component: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                            };
                            group: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                            };
                            area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                            weight: number;
                            nominalWeight: number | null;
                            answer: {
                                /** @enum {string} */
                                type: "yesno";
                            } | {
                                /** @enum {string} */
                                type: "scale";
                                /** @enum {string} */
                                scale: "A-C" | "A-D" | "A-E";
                            } | {
                                /** @enum {string} */
                                type: "percent";
                            } | {
                                /** @enum {string} */
                                type: "number";
                                min: number;
                                max: number;
                                unit?: string;
                                integer?: boolean;
                                ofMax?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "choice";
                                options: {
                                    value: string;
                                    label: {
                                        id: string;
                                        en: string;
                                    };
                                    fraction: number;
                                }[];
                            };
                            options?: {
                                code: string;
                                fraction: number;
                                criterion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                            value: (boolean | number | string) | null;
                            targetBaik: {
                                target: number;
                                met: boolean;
                                achievement: number | null;
                            } | null;
                            targetUnresolved: string | null;
                            fraction: number;
                            multiplier?: {
                                code: string;
                                fraction: number;
                            };
                            points: number;
                            error?: string;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            note: string | null;
                            evaluatorComment: string | null;
                            /** @enum {string} */
                            state: "missing" | "entered" | "verified";
                            notApplicable: string | null;
                            excludable: boolean;
                            version: number;
                        }[];
                        counts: {
                            total: number;
                            entered: number;
                            verified: number;
                        };
                        hasil: {
                            points: number;
                            max: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearHasil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        code: string;
                        version: number;
                        value?: (boolean | number | string) | null;
                        source?: {
                            title: string;
                            issuer: string;
                            /** Format: date */
                            date: string;
                        };
                        /** @enum {boolean} */
                        verified?: true;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        frameworkId: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        figures: {
                            sourcedBy: string;
                            sourceTitle: string | null;
                            sourceIssuer: string | null;
                            sourceDate: string | null;
                            provenance: ("published" | "demo") | null;
                            enteredBy: string | null;
                            enteredAt: string | null;
                            verifiedBy: string | null;
                            verifiedAt: string | null;
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            component: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                            };
                            group: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                            };
                            area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                            weight: number;
                            nominalWeight: number | null;
                            answer: {
                                /** @enum {string} */
                                type: "yesno";
                            } | {
                                /** @enum {string} */
                                type: "scale";
                                /** @enum {string} */
                                scale: "A-C" | "A-D" | "A-E";
                            } | {
                                /** @enum {string} */
                                type: "percent";
                            } | {
                                /** @enum {string} */
                                type: "number";
                                min: number;
                                max: number;
                                unit?: string;
                                integer?: boolean;
                                ofMax?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "choice";
                                options: {
                                    value: string;
                                    label: {
                                        id: string;
                                        en: string;
                                    };
                                    fraction: number;
                                }[];
                            };
                            options?: {
                                code: string;
                                fraction: number;
                                criterion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                            value: (boolean | number | string) | null;
                            targetBaik: {
                                target: number;
                                met: boolean;
                                achievement: number | null;
                            } | null;
                            targetUnresolved: string | null;
                            fraction: number;
                            multiplier?: {
                                code: string;
                                fraction: number;
                            };
                            points: number;
                            error?: string;
                            evidence: {
                                label: string;
                                url: string;
                            }[];
                            note: string | null;
                            evaluatorComment: string | null;
                            /** @enum {string} */
                            state: "missing" | "entered" | "verified";
                            notApplicable: string | null;
                            excludable: boolean;
                            version: number;
                        }[];
                        counts: {
                            total: number;
                            entered: number;
                            verified: number;
                        };
                        hasil: {
                            points: number;
                            max: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearHasilIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                indicator: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    value?: (boolean | number | string) | null;
                    source?: {
                        title: string;
                        issuer: string;
                        /** Format: date */
                        date: string;
                    };
                    evidence?: {
                        label: string;
                        url: string;
                    }[];
                    note?: string | null;
                    verified?: boolean;
                    evaluatorComment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sourcedBy: string;
                        sourceTitle: string | null;
                        sourceIssuer: string | null;
                        sourceDate: string | null;
                        provenance: ("published" | "demo") | null;
                        enteredBy: string | null;
                        enteredAt: string | null;
                        verifiedBy: string | null;
                        verifiedAt: string | null;
                        code: string;
                        name: {
                            id: string;
                            en: string;
                        };
                        component: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                        };
                        group: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                        };
                        area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                        weight: number;
                        nominalWeight: number | null;
                        answer: {
                            /** @enum {string} */
                            type: "yesno";
                        } | {
                            /** @enum {string} */
                            type: "scale";
                            /** @enum {string} */
                            scale: "A-C" | "A-D" | "A-E";
                        } | {
                            /** @enum {string} */
                            type: "percent";
                        } | {
                            /** @enum {string} */
                            type: "number";
                            min: number;
                            max: number;
                            unit?: string;
                            integer?: boolean;
                            ofMax?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "choice";
                            options: {
                                value: string;
                                label: {
                                    id: string;
                                    en: string;
                                };
                                fraction: number;
                            }[];
                        };
                        options?: {
                            code: string;
                            fraction: number;
                            criterion: {
                                id: string;
                                en: string;
                            };
                        }[];
                        value: (boolean | number | string) | null;
                        targetBaik: {
                            target: number;
                            met: boolean;
                            achievement: number | null;
                        } | null;
                        targetUnresolved: string | null;
                        fraction: number;
                        multiplier?: {
                            code: string;
                            fraction: number;
                        };
                        points: number;
                        error?: string;
                        evidence: {
                            label: string;
                            url: string;
                        }[];
                        note: string | null;
                        evaluatorComment: string | null;
                        /** @enum {string} */
                        state: "missing" | "entered" | "verified";
                        notApplicable: string | null;
                        excludable: boolean;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearHasilExportXlsx: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearHasilImport: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        applied: boolean;
                        changes: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            version: number;
                            valueBefore: (boolean | number | string) | null;
                            value?: boolean | number | string;
                            sourceBefore: {
                                title: string;
                                issuer: string;
                                date: string;
                            } | null;
                            source?: {
                                title: string;
                                issuer: string;
                                date: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearNotApplicable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        allowed: boolean;
                        items: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            reason: string;
                            setBy: string | null;
                            setAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearNotApplicableIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                indicator: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        allowed: boolean;
                        items: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            reason: string;
                            setBy: string | null;
                            setAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deletePeriodsYearNotApplicableIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        allowed: boolean;
                        items: {
                            code: string;
                            name: {
                                id: string;
                                en: string;
                            };
                            reason: string;
                            setBy: string | null;
                            setAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        label: string;
                        url: string;
                        mime: string;
                        size: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getEvidenceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                entity?: string;
                entityId?: string;
                user?: string;
                area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                action?: string;
                from?: string;
                to?: string;
                limit?: number;
                before?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            id: number;
                            at: string;
                            user: string | null;
                            userName: string | null;
                            role: ("admin" | "chair" | "evaluator" | "leader" | "viewer") | null;
                            action: string;
                            entity: string;
                            entityId: string;
                            scope: string | null;
                            before: unknown;
                            after: unknown;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        entries: number;
                        unchained: number;
                        head: string | null;
                        checkpoint: {
                            at: string;
                            entries: number;
                            unchained: number;
                            headId: number | null;
                            head: string | null;
                        } | null;
                    } | {
                        /** @enum {boolean} */
                        ok: false;
                        entries: number;
                        unchained: number;
                        brokenAt: number;
                        reason: string;
                        checkpoint: {
                            at: string;
                            entries: number;
                            unchained: number;
                            headId: number | null;
                            head: string | null;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearAreasCodeHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            id: number;
                            at: string;
                            user: string | null;
                            userName: string | null;
                            role: ("admin" | "chair" | "evaluator" | "leader" | "viewer") | null;
                            action: string;
                            entity: string;
                            entityId: string;
                            scope: string | null;
                            before: unknown;
                            after: unknown;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearDeck: {
        parameters: {
            query?: {
                snapshot?: string;
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        format: 3;
                        year: number;
                        snapshot: {
                            id: number;
                            year: number;
                            number: number;
                            createdAt: string;
                            by: string | null;
                            note: string | null;
                            sha256: string;
                            intact: boolean;
                        } | null;
                        asOf: string;
                        framework: string;
                        method: string;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        previousYear: number | null;
                        methodChanged: boolean;
                        versionChanged: boolean;
                        areasClosedUnverified: number;
                        index: number;
                        maxScore: number;
                        /** @enum {string} */
                        predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                        /** @enum {string} */
                        standing: "final" | "provisional" | "incomplete";
                        shownPredicate: ("AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D") | null;
                        indexSource?: ("published" | "demo") | null;
                        predicateAssumed?: boolean;
                        predicateSource?: string;
                        targetBaik?: {
                            met: number;
                            total: number;
                            unvalued: number;
                            notApplicable: number;
                            unresolved: {
                                code: string;
                                reason: string;
                            }[];
                            strongest: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                target: number;
                                value: number | null;
                                met: boolean;
                                achievement: number | null;
                            } | null;
                            weakest: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                target: number;
                                value: number | null;
                                met: boolean;
                                achievement: number | null;
                            } | null;
                            items: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                target: number;
                                value: number | null;
                                met: boolean;
                                achievement: number | null;
                            }[];
                            lowers: {
                                /** @enum {string} */
                                predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                                /** @enum {string} */
                                becomes: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            } | null;
                        } | null;
                        readonly predicateBands?: {
                            /** @enum {string} */
                            predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            above?: number;
                            atLeast?: number;
                        }[];
                        indexDelta: number | null;
                        /** @enum {string} */
                        indexDeltaBasis: "points" | "percent";
                        completeness: {
                            answered: number;
                            total: number;
                        };
                        trend: {
                            year: number;
                            framework: string;
                            method: string;
                            /** @enum {string} */
                            periodState: "open" | "review" | "closed";
                            index: number;
                            maxScore: number;
                            percent: number;
                            /** @enum {string} */
                            predicate: "AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D";
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            shownPredicate: ("AA" | "A" | "A-" | "BB" | "B" | "CC" | "C" | "D") | null;
                        }[];
                        areas: {
                            /** @enum {string} */
                            code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            name: {
                                id: string;
                                en: string;
                            };
                            workingGroup: string | null;
                            chair: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "verified" | "final";
                            closedUnverified?: string | null;
                            points: number;
                            max: number;
                            percent: number;
                            /** @enum {string} */
                            standing: "final" | "provisional" | "incomplete";
                            answered: number | null;
                            total: number | null;
                            target: number | null;
                            targetPercent: number | null;
                            history: {
                                year: number;
                                framework: string;
                                method: string;
                                percent: number;
                                targetPercent: number | null;
                                /** @enum {string} */
                                standing: "final" | "provisional" | "incomplete";
                            }[];
                            parts: {
                                code: string;
                                name: {
                                    id: string;
                                    en: string;
                                };
                                points: number;
                                max: number;
                                percent: number;
                                complete: boolean;
                            }[];
                            achievements: {
                                title: string;
                                /** @enum {string} */
                                kind: "award" | "innovation" | "regulation" | "output" | "outcome";
                                date: string | null;
                                metric: string | null;
                            }[];
                            achievementCount: number;
                            recommendations: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                overdue: boolean;
                            }[];
                            earlier: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                overdue: boolean;
                            }[];
                            directions: {
                                id: number;
                                year: number;
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                text: string;
                                owner: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                overdue: boolean;
                                createdAt: string;
                                by: string | null;
                            }[];
                        }[];
                        closing: {
                            priorities: {
                                id: number;
                                year: number;
                                /** @enum {string} */
                                area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                                text: string;
                                ownerUnit: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "proposed_done" | "done" | "dropped";
                                overdue: boolean;
                            }[];
                            issued: number;
                            followUp: {
                                done: number;
                                dropped: number;
                                total: number;
                                rate: number | null;
                            };
                            directions: {
                                id: number;
                                year: number;
                                area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                                text: string;
                                owner: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                overdue: boolean;
                                createdAt: string;
                                by: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: {
                            id: number;
                            year: number;
                            number: number;
                            createdAt: string;
                            by: string | null;
                            note: string | null;
                            sha256: string;
                            intact: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        number: number;
                        createdAt: string;
                        by: string | null;
                        note: string | null;
                        sha256: string;
                        intact: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getDirections: {
        parameters: {
            query?: {
                year?: string;
                area?: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                status?: "open" | "in_progress" | "done" | "dropped";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        directions: {
                            id: number;
                            year: number;
                            area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                            text: string;
                            owner: string;
                            dueDate: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            version: number;
                            overdue: boolean;
                            createdAt: string;
                            by: string | null;
                            followUps: {
                                id: number;
                                /** Format: date */
                                date: string;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                note: string;
                                by: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getDirectionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                        text: string;
                        owner: string;
                        dueDate: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "dropped";
                        version: number;
                        overdue: boolean;
                        createdAt: string;
                        by: string | null;
                        followUps: {
                            id: number;
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            note: string;
                            by: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearDirections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    clientId: string;
                    area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                    text: string;
                    owner: string;
                    dueDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                        text: string;
                        owner: string;
                        dueDate: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "dropped";
                        version: number;
                        overdue: boolean;
                        createdAt: string;
                        by: string | null;
                        followUps: {
                            id: number;
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            note: string;
                            by: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                        text: string;
                        owner: string;
                        dueDate: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "dropped";
                        version: number;
                        overdue: boolean;
                        createdAt: string;
                        by: string | null;
                        followUps: {
                            id: number;
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            note: string;
                            by: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postDirectionsIdFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "open" | "in_progress" | "done" | "dropped";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        year: number;
                        area: ("MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN") | null;
                        text: string;
                        owner: string;
                        dueDate: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "dropped";
                        version: number;
                        overdue: boolean;
                        createdAt: string;
                        by: string | null;
                        followUps: {
                            id: number;
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            note: string;
                            by: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearExportPptx: {
        parameters: {
            query?: {
                snapshot?: string;
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearExportXlsx: {
        parameters: {
            query?: {
                snapshot?: string;
                lang?: "id" | "en";
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeImport: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                version?: string;
            };
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        applied: boolean;
                        version: number;
                        exportedVersion: number | null;
                        changes: {
                            code: string;
                            before: (boolean | number | string) | null;
                            after: (boolean | number | string) | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearActionPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        deadlines: [
                            string,
                            string,
                            string,
                            string
                        ];
                        areas: {
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            version: number;
                            updatedAt: string | null;
                            activities: number;
                            actions: number;
                            progress: {
                                due: (1 | 2 | 3 | 4)[];
                                implementation: number | null;
                                budgetDue: number;
                                budgetRealised: number;
                                budgetTotal: number;
                                lateQuarters: (1 | 2 | 3 | 4)[];
                                quarters: {
                                    quarter: 1 | 2 | 3 | 4;
                                    deadline: string;
                                    /** @enum {string} */
                                    state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                    reported: number;
                                    of: number;
                                }[];
                                /** @enum {string} */
                                standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                                actions: {
                                    id: string;
                                    targetDue: number;
                                    realisedDue: number;
                                    share: number | null;
                                    late: (1 | 2 | 3 | 4)[];
                                }[];
                            };
                        }[];
                        ministry: {
                            due: (1 | 2 | 3 | 4)[];
                            implementation: number | null;
                            budgetDue: number;
                            budgetRealised: number;
                            budgetTotal: number;
                            lateQuarters: (1 | 2 | 3 | 4)[];
                            quarters: {
                                quarter: 1 | 2 | 3 | 4;
                                deadline: string;
                                /** @enum {string} */
                                state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                reported: number;
                                of: number;
                            }[];
                            /** @enum {string} */
                            standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                            actions: {
                                id: string;
                                targetDue: number;
                                realisedDue: number;
                                share: number | null;
                                late: (1 | 2 | 3 | 4)[];
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearPlanDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    read: [
                        string,
                        string,
                        string,
                        string
                    ];
                    deadlines: [
                        string,
                        string,
                        string,
                        string
                    ];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        deadlines: [
                            string,
                            string,
                            string,
                            string
                        ];
                        areas: {
                            /** @enum {string} */
                            area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                            version: number;
                            updatedAt: string | null;
                            activities: number;
                            actions: number;
                            progress: {
                                due: (1 | 2 | 3 | 4)[];
                                implementation: number | null;
                                budgetDue: number;
                                budgetRealised: number;
                                budgetTotal: number;
                                lateQuarters: (1 | 2 | 3 | 4)[];
                                quarters: {
                                    quarter: 1 | 2 | 3 | 4;
                                    deadline: string;
                                    /** @enum {string} */
                                    state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                    reported: number;
                                    of: number;
                                }[];
                                /** @enum {string} */
                                standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                                actions: {
                                    id: string;
                                    targetDue: number;
                                    realisedDue: number;
                                    share: number | null;
                                    late: (1 | 2 | 3 | 4)[];
                                }[];
                            };
                        }[];
                        ministry: {
                            due: (1 | 2 | 3 | 4)[];
                            implementation: number | null;
                            budgetDue: number;
                            budgetRealised: number;
                            budgetTotal: number;
                            lateQuarters: (1 | 2 | 3 | 4)[];
                            quarters: {
                                quarter: 1 | 2 | 3 | 4;
                                deadline: string;
                                /** @enum {string} */
                                state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                reported: number;
                                of: number;
                            }[];
                            /** @enum {string} */
                            standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                            actions: {
                                id: string;
                                targetDue: number;
                                realisedDue: number;
                                share: number | null;
                                late: (1 | 2 | 3 | 4)[];
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearActionPlansXlsx: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearAreasCodeActionPlanXlsx: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPeriodsYearAreasCodeActionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        version: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        deadlines: [
                            string,
                            string,
                            string,
                            string
                        ];
                        activities: {
                            id: string;
                            /** @enum {string} */
                            mainActivity: "KU-01" | "KU-02" | "KU-03" | "KU-04" | "KU-05" | "KU-06" | "KU-07" | "KU-08" | "KU-09" | "KU-10" | "KU-11" | "KU-12" | "KU-13" | "KU-14" | "KU-15" | "KU-16" | "KU-17" | "KU-18" | "KU-19" | "KU-20" | "KU-21";
                            indicator: string;
                            baselineYear: number;
                            baselineTarget: string;
                            baselineRealisation: string;
                            target: string;
                            actions: {
                                id: string;
                                text: string;
                                outputIndicator: string;
                                outputUnit: string;
                                targets: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                budget: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                executingUnit: string;
                                coordinatingUnit: string;
                                realised: [
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null
                                ];
                            }[];
                        }[];
                        progress: {
                            due: (1 | 2 | 3 | 4)[];
                            implementation: number | null;
                            budgetDue: number;
                            budgetRealised: number;
                            budgetTotal: number;
                            lateQuarters: (1 | 2 | 3 | 4)[];
                            quarters: {
                                quarter: 1 | 2 | 3 | 4;
                                deadline: string;
                                /** @enum {string} */
                                state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                reported: number;
                                of: number;
                            }[];
                            /** @enum {string} */
                            standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                            actions: {
                                id: string;
                                targetDue: number;
                                realisedDue: number;
                                share: number | null;
                                late: (1 | 2 | 3 | 4)[];
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    putPeriodsYearAreasCodeActionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    activities: {
                        id: string;
                        /** @enum {string} */
                        mainActivity: "KU-01" | "KU-02" | "KU-03" | "KU-04" | "KU-05" | "KU-06" | "KU-07" | "KU-08" | "KU-09" | "KU-10" | "KU-11" | "KU-12" | "KU-13" | "KU-14" | "KU-15" | "KU-16" | "KU-17" | "KU-18" | "KU-19" | "KU-20" | "KU-21";
                        indicator: string;
                        baselineYear: number;
                        baselineTarget: string;
                        baselineRealisation: string;
                        target: string;
                        actions: {
                            id: string;
                            text: string;
                            outputIndicator: string;
                            outputUnit: string;
                            targets: [
                                number,
                                number,
                                number,
                                number
                            ];
                            budget: [
                                number,
                                number,
                                number,
                                number
                            ];
                            executingUnit: string;
                            coordinatingUnit: string;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        version: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        deadlines: [
                            string,
                            string,
                            string,
                            string
                        ];
                        activities: {
                            id: string;
                            /** @enum {string} */
                            mainActivity: "KU-01" | "KU-02" | "KU-03" | "KU-04" | "KU-05" | "KU-06" | "KU-07" | "KU-08" | "KU-09" | "KU-10" | "KU-11" | "KU-12" | "KU-13" | "KU-14" | "KU-15" | "KU-16" | "KU-17" | "KU-18" | "KU-19" | "KU-20" | "KU-21";
                            indicator: string;
                            baselineYear: number;
                            baselineTarget: string;
                            baselineRealisation: string;
                            target: string;
                            actions: {
                                id: string;
                                text: string;
                                outputIndicator: string;
                                outputUnit: string;
                                targets: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                budget: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                executingUnit: string;
                                coordinatingUnit: string;
                                realised: [
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null
                                ];
                            }[];
                        }[];
                        progress: {
                            due: (1 | 2 | 3 | 4)[];
                            implementation: number | null;
                            budgetDue: number;
                            budgetRealised: number;
                            budgetTotal: number;
                            lateQuarters: (1 | 2 | 3 | 4)[];
                            quarters: {
                                quarter: 1 | 2 | 3 | 4;
                                deadline: string;
                                /** @enum {string} */
                                state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                reported: number;
                                of: number;
                            }[];
                            /** @enum {string} */
                            standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                            actions: {
                                id: string;
                                targetDue: number;
                                realisedDue: number;
                                share: number | null;
                                late: (1 | 2 | 3 | 4)[];
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    postPeriodsYearAreasCodeActionPlanQuartersQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                code: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                quarter: "1" | "2" | "3" | "4";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reports: {
                        actionId: string;
                        output: number;
                        budget: number;
                        /** @default [] */
                        evidence?: {
                            label: string;
                            url: string;
                        }[];
                        /** @default null */
                        note?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        area: "MP" | "PPU" | "ORG" | "TTL" | "SDM" | "AKT" | "PWS" | "YAN";
                        /** @enum {string} */
                        periodState: "open" | "review" | "closed";
                        version: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        deadlines: [
                            string,
                            string,
                            string,
                            string
                        ];
                        activities: {
                            id: string;
                            /** @enum {string} */
                            mainActivity: "KU-01" | "KU-02" | "KU-03" | "KU-04" | "KU-05" | "KU-06" | "KU-07" | "KU-08" | "KU-09" | "KU-10" | "KU-11" | "KU-12" | "KU-13" | "KU-14" | "KU-15" | "KU-16" | "KU-17" | "KU-18" | "KU-19" | "KU-20" | "KU-21";
                            indicator: string;
                            baselineYear: number;
                            baselineTarget: string;
                            baselineRealisation: string;
                            target: string;
                            actions: {
                                id: string;
                                text: string;
                                outputIndicator: string;
                                outputUnit: string;
                                targets: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                budget: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                executingUnit: string;
                                coordinatingUnit: string;
                                realised: [
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null,
                                    {
                                        output: number;
                                        budget: number;
                                        evidence: {
                                            label: string;
                                            url: string;
                                        }[];
                                        note: string | null;
                                        reportedAt: string;
                                        reportedBy: string | null;
                                    } | null
                                ];
                            }[];
                        }[];
                        progress: {
                            due: (1 | 2 | 3 | 4)[];
                            implementation: number | null;
                            budgetDue: number;
                            budgetRealised: number;
                            budgetTotal: number;
                            lateQuarters: (1 | 2 | 3 | 4)[];
                            quarters: {
                                quarter: 1 | 2 | 3 | 4;
                                deadline: string;
                                /** @enum {string} */
                                state: "nothing" | "reported" | "late" | "open" | "upcoming";
                                reported: number;
                                of: number;
                            }[];
                            /** @enum {string} */
                            standing: "empty" | "not-due" | "late" | "behind" | "on-track";
                            actions: {
                                id: string;
                                targetDue: number;
                                realisedDue: number;
                                share: number | null;
                                late: (1 | 2 | 3 | 4)[];
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "BAD_REQUEST" | "BAD_URL" | "URI_TOO_LONG" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "VALIDATION_ERROR" | "JSON_TOO_DEEP" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE" | "UNAUTHORIZED" | "FORBIDDEN" | "APP_HEADER_MISSING" | "CROSS_SITE_REQUEST" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS" | "BUSY" | "NOT_FOUND" | "LOCKED" | "STALE_VERSION" | "INVALID_STATE" | "INVALID_TRANSITION" | "INCOMPLETE" | "CLOSING_NEEDS_EXCEPTIONS" | "LOCKED_BY_REVIEW" | "SOURCED_FIGURE" | "NOT_RESCALED" | "LAST_APPLICABLE_ITEM" | "RECOMMENDATION_CLOSED" | "DIRECTION_CLOSED" | "DUPLICATE_CLIENT_ID" | "SNAPSHOT_WITHOUT_WORKBOOK" | "IMPORT_RUNNING" | "PERIOD_EXISTS" | "FRAMEWORK_EXISTS" | "FRAMEWORK_NOT_COMPATIBLE" | "USERNAME_TAKEN" | "SELF_DEACTIVATE" | "INTERNAL_ERROR";
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
}
