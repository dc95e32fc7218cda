// Generated from openapi.json by openapi-typescript: `npm run openapi`. Do not edit.

export interface paths {
    "/api/admin/dashboard-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opens the queue dashboard (/api/admin/queue-dashboard) in this browser: a short-lived HttpOnly cookie scoped to it */
        post: operations["OperationsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/indicators/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay the whole outbox into facts (idempotent: adds only the facts that are missing) */
        post: operations["IndicatorsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/indicators/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compare every indicator from the facts with the same count from the operational tables (unpurged data) */
        post: operations["IndicatorsController_reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Queue metrics: waiting, active, delayed, failed, completed jobs per queue */
        get: operations["OperationsController_queues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reminders/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-add the delivery job of every reminder still to deliver (after Redis lost its data) */
        post: operations["RemindersController_reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/retention-purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the retention purge now (it also runs daily at 03:30) */
        post: operations["IndicatorsController_runPurge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation’s files, newest first (the whole territory for admins) */
        get: operations["ArrearsFilesController_list"];
        put?: never;
        /** Open a file from an alert: tenant, housing, housing benefit, landlord (an id or a new one), first debt */
        post: operations["ArrearsFilesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file: contacts, debt trajectory, solutions, procedure with its legal deadlines and the next one */
        get: operations["ArrearsFilesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change contact details, rent, housing benefit or advisor (optimistic locking) */
        patch: operations["ArrearsFilesController_update"];
        trace?: never;
    };
    "/api/arrears/files/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the file with its outcome */
        post: operations["ArrearsFilesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an attempt to reach the tenant or the landlord, and when to try next */
        post: operations["ArrearsFilesController_addContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/debts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the debt on a date */
        post: operations["ArrearsFilesController_addDebt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/procedure-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an act or a decision beside the stages (bailiff’s report to the CCAPEX, diagnosis, rent resumed, judgment served, missed instalment, prefect informed, the judges’ delays); the deadlines follow it */
        post: operations["ArrearsFilesController_recordFact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/rehousing-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** With the tenant’s consent, open a pathway household shared with the SIAO (or link one) */
        post: operations["ArrearsFilesController_requestRehousing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/reminder-suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hold back an arrears file's reminders until a date (already in touch with the tenant) */
        put: operations["RemindersController_suspendArrearsFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/solutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mobilise a solution: repayment plan, FSL, housing benefit maintained, mediation, social services referral */
        post: operations["ArrearsFilesController_addSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/files/{id}/solutions/{solutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a solution on (FSL granted, plan kept or broken, …); illegal moves answer 409 with the allowed ones */
        patch: operations["ArrearsFilesController_updateSolution"];
        trace?: never;
    };
    "/api/arrears/files/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a procedure stage; illegal steps answer 409 with the allowed ones. Irregularities (no CCAPEX referral, an eviction during the winter truce, …) are recorded and flagged, not refused */
        post: operations["ArrearsFilesController_recordStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an alert list (CSV body, UTF-8 or Windows-1252, `;` or `,`): 201 with the report; the same file again: 200 with its first report
         * @description Columns (French, any order): nom, prenom, telephone, courriel, commune, personnes, loyer, charges, bailleur, type_bailleur, dette, mois_impayes, date_situation, source; required: nom, commune, loyer, bailleur, dette, date_situation.
         */
        post: operations["ArrearsImportsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/landlords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Landlords, by part of the name */
        get: operations["LandlordsController_list"];
        put?: never;
        /** Record a landlord (409 with its id when already recorded under that name and commune) */
        post: operations["LandlordsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrears/landlords/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A landlord and its tenants’ files */
        get: operations["LandlordsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a landlord’s details (optimistic locking) */
        patch: operations["LandlordsController_update"];
        trace?: never;
    };
    "/api/audit-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit trail of my territory, newest first (admin) */
        get: operations["AuditController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with e-mail and password
         * @description Rate limited per account and per client address. Browsers: `POST /api/auth/login` with `session: "cookie"` sets the HttpOnly cookie `parcours_refresh` (SameSite=Strict, Path=/api/auth) instead of returning the refresh token; refresh and logout without a body token then use that cookie. Refresh and logout by cookie must carry `X-Requested-With: parcours` (403 otherwise).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke this session’s refresh tokens
         * @description Browsers: `POST /api/auth/login` with `session: "cookie"` sets the HttpOnly cookie `parcours_refresh` (SameSite=Strict, Path=/api/auth) instead of returning the refresh token; refresh and logout without a body token then use that cookie. Refresh and logout by cookie must carry `X-Requested-With: parcours` (403 otherwise). The cookie is cleared.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; revokes all my refresh tokens */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair (the old one is used up)
         * @description A used, revoked or expired token answers 401 and revokes its whole session when it was already used. Browsers: `POST /api/auth/login` with `session: "cookie"` sets the HttpOnly cookie `parcours_refresh` (SameSite=Strict, Path=/api/auth) instead of returning the refresh token; refresh and logout without a body token then use that cookie. Refresh and logout by cookie must carry `X-Requested-With: parcours` (403 otherwise). A refused cookie is cleared.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-proposals/{id}/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: the landlord allocation commission (CAL) outcome of a retained proposal */
        post: operations["CommissionController_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-refusal-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refusal reasons of the commission, the landlord and the household, with their effect on a new proposal */
        get: operations["RefusalReasonsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions my organisation runs or takes part in (its households proposed, or as a landlord present), by date (default: from 60 days ago), with their proposal and decision counts */
        get: operations["CommissionController_list"];
        put?: never;
        /** Schedule a SIAO-bailleurs commission session */
        post: operations["CommissionController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session with its proposals: its organisation’s, or one my organisation takes part in (read-only) */
        get: operations["CommissionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a session to another date (the organisation running it only) */
        patch: operations["CommissionController_move"];
        trace?: never;
    };
    "/api/commission-sessions/{id}/agenda.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session agenda as CSV (semicolon-separated, UTF-8 with BOM) */
        get: operations["CommissionController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-sessions/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: the session’s decisions, all in one atomic request (retained / postponed / refused with a reason) */
        post: operations["CommissionController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commission-sessions/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: propose an evaluated household, optionally on a housing offer (→ proposed) */
        post: operations["CommissionController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communes by the start of their name, code or postal code (at most 20, by name) */
        get: operations["CommunesController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conventions of my territory */
        get: operations["ConventionController_list"];
        put?: never;
        /** Import a convention from its JSON file (400 names every offending path; nothing is written then) */
        post: operations["ConventionController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A convention: its years with their credit totals and carry-over, its actions with their lines, credits and expenses */
        get: operations["ConventionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the title, period, signing date, or add or replace years (State funding, amendment) */
        patch: operations["ConventionController_update"];
        trace?: never;
    };
    "/api/conventions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action, with its lines per year */
        post: operations["ConventionController_addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conventions/{id}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action: title, category, carrier, indicators, or add or replace its lines of some years */
        patch: operations["ConventionController_updateAction"];
        trace?: never;
    };
    "/api/conventions/{id}/actions/{actionId}/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an expense committed on an action’s credits of a year (a correction is a negative entry) */
        post: operations["ConventionController_addExpense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conventions/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The convention as its JSON file (importing it gives the same convention) */
        get: operations["ConventionController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conventions/{id}/execution-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The yearly execution report: actions, indicators (year and year before), deliverables, credits; JSON, XLSX or PDF */
        get: operations["ConventionController_executionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL and Redis answer (503 otherwise) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households I may see, filtered; name search is accent-insensitive and typo-tolerant */
        get: operations["HouseholdsController_list"];
        put?: never;
        /** Open a household file (spotted without consent); warns about possible duplicates */
        post: operations["HouseholdsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an SI-SIAO export of demands (CSV body, UTF-8 or Windows-1252, `;` or `,`): 201 with the report; the same file again: 200 with its first report
         * @description Fields: siaoDemandNumber, demandDate, lastName, firstName, birthDate, sex, livingSituation, commune, socialHousingDemandNumber, socialHousingDemandRenewalOn; required: siaoDemandNumber, demandDate, lastName. Which headers carry them is configuration (config/siao-import.json, GET /siao-lists). A demand already on a file of the territory (same demand number, else same name and birth date) is reported as a duplicate.
         */
        post: operations["HouseholdsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/worklist/awaiting-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluated households not yet proposed, oldest first, with the days waiting */
        get: operations["HouseholdsController_awaitingProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household file: persons, situation, status, shares (names hidden on restricted files of other organisations) */
        get: operations["HouseholdsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update situation, resources, needs, commune, referent, the restricted flag, or the SIAO identifiers, priority labels and support measures */
        patch: operations["HouseholdsController_update"];
        trace?: never;
    };
    "/api/households/{id}/allocation-condition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: the suspensive condition’s outcome: document received (allocated), or failed once its deadline passed (→ evaluated) */
        post: operations["HouseholdsController_resolveCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/bail-glissant-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: periodic tripartite review of a bail glissant (the next falls at the end of the following period) */
        post: operations["HouseholdsController_bailGlissantReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: close the file with a reason */
        post: operations["HouseholdsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: a spotted person agrees to be followed (spotted → file_open) */
        post: operations["HouseholdsController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: SIAO evaluation (→ evaluated); renews a stale one */
        post: operations["HouseholdsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/housing-entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: entry into the home (lease_signed → followed_in_housing) */
        post: operations["HouseholdsController_housingEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/lease": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: lease signed (allocated, or evaluated for intermediated private housing → lease_signed) */
        post: operations["HouseholdsController_lease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/lease-slide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: the bail glissant slides to the household (it becomes the direct tenant) */
        post: operations["HouseholdsController_slide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notes; health notes only from your own organisation */
        get: operations["HouseholdsController_notes"];
        put?: never;
        /** Add a note; a health note is visible to my organisation only */
        post: operations["HouseholdsController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/offer-accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: the household accepts the offer within its answer deadline (allocated; the deadline is lifted) */
        post: operations["HouseholdsController_acceptOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/offer-declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: the household declines the offer, with a written reason (retained or allocated → evaluated) */
        post: operations["HouseholdsController_declineOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A person joins the household (a birth, an arrival), on a date: an event on the timeline */
        post: operations["HouseholdsController_addPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/persons/{personId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A person leaves the household (a departure, a death), on a date: an event on the timeline */
        post: operations["HouseholdsController_removePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/reminder-suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hold back a household's reminders until a date (already in touch with the household) */
        put: operations["RemindersController_suspend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: reopen a closed file (closed → file_open) */
        post: operations["HouseholdsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share the file with another organisation (referent organisation only) */
        post: operations["HouseholdsController_share"];
        /** Stop sharing the file with an organisation (referent organisation only) */
        delete: operations["HouseholdsController_unshare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step of the pathway, in the order it happened */
        get: operations["HouseholdsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer the file to another organisation of the territory (referent organisation only), with a reason; the former one loses access unless keepShared */
        post: operations["HouseholdsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step: follow-up visit in housing */
        post: operations["HouseholdsController_visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts for any date range, by month, quarter, year or the whole range; cells of 1 to the threshold are masked */
        get: operations["IndicatorsController_query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indicators: French label, definition, measure, allowed breakdowns */
        get: operations["IndicatorsController_catalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same counts as a file: CSV (semicolons, UTF-8 with BOM) or XLSX, French labels */
        get: operations["IndicatorsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maraude-encounters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Street encounters between two dates */
        get: operations["MaraudeController_list"];
        put?: never;
        /** Record a street encounter; anonymous people count as persons spotted */
        post: operations["MaraudeController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/maraude-encounters/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link an encounter to a household once the person agrees to be followed */
        post: operations["MaraudeController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations of my territory */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Create an organisation in my territory (admin) */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation of my territory */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or deactivate an organisation (admin) */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/pecule/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enrolments I may see, by programme and status */
        get: operations["EnrolmentsController_list"];
        put?: never;
        /** Enrol a young person of a household; 422 NOT_ELIGIBLE names each failed rule */
        post: operations["EnrolmentsController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enrolment with its payments and reviews; bank details for stipend managers only */
        get: operations["EnrolmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/enrolments/{id}/bank-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record or replace the bank details (IBAN checked with its key); encrypted at rest */
        put: operations["EnrolmentsController_updateBankDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/enrolments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the stipend with a reason; later payments are cancelled */
        post: operations["EnrolmentsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/enrolments/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a situation review (resources, employment, training, housing kept) */
        post: operations["EnrolmentsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments of a programme, by month and status */
        get: operations["PaymentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/payments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned, validated or transmitted payment with a reason (a committed amount is released) */
        post: operations["PaymentsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/payments/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the treasury paid a transmitted payment */
        post: operations["PaymentsController_confirmPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/payments/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a due payment; 409 ENVELOPE_EXCEEDED when the envelope cannot cover it */
        post: operations["PaymentsController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes of my territory, each with its envelope: committed, paid, remaining, planned */
        get: operations["ProgrammesController_list"];
        put?: never;
        /** Record a programme: envelope, period and its first rules (as adopted by deliberation) */
        post: operations["ProgrammesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme with its rules versions and its envelope: committed, paid, remaining, planned */
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, extend, or change the envelope (never below what is committed) */
        patch: operations["ProgrammesController_update"];
        trace?: never;
    };
    "/api/pecule/programmes/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a new version of the rules; it applies to enrolments starting from its effective date */
        post: operations["ProgrammesController_addRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pecule/programmes/{id}/treasury-exports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a treasury CSV again */
        get: operations["ProgrammesController_getExport"];
        /** The treasury CSV of a month: its validated payments become transmitted (201); asking again returns the same file (200) */
        put: operations["ProgrammesController_export"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox: overdue, today (Europe/Paris) and upcoming reminders */
        get: operations["RemindersController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts for a badge */
        get: operations["RemindersController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I receive the daily digest e-mail */
        get: operations["RemindersController_digest"];
        /** Opt in or out of the daily digest e-mail (7:30, reminders overdue or due today; none on empty days) */
        put: operations["RemindersController_setDigest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a reminder (seen, still to do) */
        post: operations["RemindersController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a reminder done */
        post: operations["RemindersController_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Snooze a reminder: it shows again as due at `until` */
        post: operations["RemindersController_snooze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/siao-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Priority labels, support measures, transfer reasons and the SI-SIAO import columns, as configured */
        get: operations["SiaoListsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Territories whose indicators I may read: all for State officers, my own for others */
        get: operations["TerritoriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users I may see: my organisation’s, or my territory’s for admins (audited) */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user in an organisation of my territory (admin) */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user (audited); another organisation’s user answers 404 */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user’s name, roles or active flag (admin) */
        patch: operations["UsersController_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessTokenDto: {
            /** @description JWT to send as `Authorization: Bearer <token>` */
            accessToken: string;
            /**
             * @description Lifetime of the access token in seconds (refresh before it ends)
             * @example 900
             */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
        };
        ActionDocumentDto: {
            carrier: components["schemas"]["CarrierDto"];
            /** @example Montage d’initiatives innovantes pour l’accès au logement des publics cibles */
            category: string;
            indicators: components["schemas"]["IndicatorLinkDto"][];
            /**
             * @description Stable slug of the action in the JSON file
             * @example renfort-siao
             */
            key: string;
            /** @example Renfort du SIAO */
            title: string;
            years: components["schemas"]["ActionYearDocumentDto"][];
        };
        ActionView: {
            carrier: components["schemas"]["CarrierView"];
            category: string;
            /** Format: uuid */
            id: string;
            indicators: components["schemas"]["IndicatorLinkView"][];
            /** @example renfort-siao */
            key: string;
            /** @example 3 */
            position: number;
            /** @example Renfort du SIAO */
            title: string;
            /** @example 1 */
            version: number;
            years: components["schemas"]["ActionYearView"][];
        };
        ActionYearDocumentDto: {
            /**
             * @description Amount agreed for the action and year, in cents
             * @example 2062700
             */
            agreedCents: number;
            /** @example Compte rendu d’activité avec les résultats et indicateurs renseignés */
            deliverables?: string;
            expenses?: components["schemas"]["ExpenseDocumentDto"][];
            /**
             * @description The number the annex of that year gives the action (a label, never a key)
             * @example 3
             */
            number: string;
            /**
             * @description The State’s (DIHAL) rate, in percent
             * @example 100
             * @enum {number}
             */
            stateRatePercent: 100 | 80 | 50;
            /**
             * @description The State share agreed, in cents, when the annex sets it apart from the rate; the rate’s share otherwise
             * @example 2062700
             */
            stateShareCents?: number;
            /**
             * @example maintained
             * @enum {string}
             */
            status: "maintained" | "completed" | "redirected" | "abandoned";
            /** @example Marché public en cours en 06/2024 */
            statusNote?: string;
            /**
             * @description The title as that annex words it, when it differs
             * @example Renfort du SIAO
             */
            title?: string;
            /** @example 2025 */
            year: number;
        };
        ActionYearDto: {
            /**
             * @description Amount agreed for the action and year, in cents
             * @example 2062700
             */
            agreedCents: number;
            /** @example Compte rendu d’activité avec les résultats et indicateurs renseignés */
            deliverables?: string;
            /**
             * @description The number the annex of that year gives the action (a label, never a key)
             * @example 3
             */
            number: string;
            /**
             * @description The State’s (DIHAL) rate, in percent
             * @example 100
             * @enum {number}
             */
            stateRatePercent: 100 | 80 | 50;
            /**
             * @description The State share agreed, in cents, when the annex sets it apart from the rate; the rate’s share otherwise
             * @example 2062700
             */
            stateShareCents?: number;
            /**
             * @example maintained
             * @enum {string}
             */
            status: "maintained" | "completed" | "redirected" | "abandoned";
            /** @example Marché public en cours en 06/2024 */
            statusNote?: string;
            /**
             * @description The title as that annex words it, when it differs
             * @example Renfort du SIAO
             */
            title?: string;
            /** @example 2025 */
            year: number;
        };
        ActionYearView: {
            credits: components["schemas"]["CreditLineView"];
            deliverables: string | null;
            expenses: components["schemas"]["ExpenseView"][];
            /** @example 3 */
            number: string;
            /** @enum {string} */
            status: "maintained" | "completed" | "redirected" | "abandoned";
            statusNote: string | null;
            /** @example Renfort du SIAO */
            title: string | null;
            /** @example 2025 */
            year: number;
        };
        AddPersonDto: {
            /**
             * Format: date
             * @description When they joined the household
             * @example 2026-11-02
             */
            occurredOn: string;
            /** @description Anyone but the reference person */
            person: components["schemas"]["PersonInputDto"];
            /**
             * @example birth
             * @enum {string}
             */
            reason: "birth" | "arrival";
            /**
             * @description The version read (optimistic locking)
             * @example 3
             */
            version: number;
        };
        AllocationDto: {
            /**
             * @description When the household is offered the home: last day to answer, at least 10 days after (CCH R441-10); default from config
             * @example 2026-12-20
             */
            answerDueOn?: string;
            /**
             * @description For allocated_with_suspensive_condition
             * @example Avis d’imposition 2025 manquant
             */
            condition?: string;
            /**
             * @description For allocated_with_suspensive_condition: last day to provide the missing document (CCH R441-3 c); default from config
             * @example 2026-12-25
             */
            conditionDueOn?: string;
            /** @example 2026-12-10T11:00:00Z */
            occurredAt: string;
            /**
             * @example allocated
             * @enum {string}
             */
            outcome: "allocated" | "allocated_in_rank_order" | "allocated_with_suspensive_condition" | "not_allocated" | "rejected_inadmissible";
            /**
             * @description Rank, for allocated_in_rank_order
             * @example 1
             */
            rank?: number;
            /**
             * @description Mandatory for not_allocated and rejected_inadmissible: a landlord reason of GET /commission-refusal-reasons (CCH L441-2-2)
             * @example over_income_ceiling
             */
            reason?: string;
        };
        ArrearsContactResponse: {
            /** @enum {string} */
            channel: "phone" | "letter" | "email" | "home_visit" | "office_appointment";
            /** Format: date */
            contactedOn: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            outcome: string | null;
            /** @enum {string} */
            party: "tenant" | "landlord" | "letting_agent";
            reached: boolean;
            /**
             * Format: uuid
             * @description The user who recorded it
             */
            recordedBy: string;
        };
        ArrearsDebtResponse: {
            amountCents: number;
            monthsUnpaid: number | null;
            /** Format: date */
            observedOn: string;
            /**
             * @description Debt over the monthly rent and charges of that date
             * @example 3.2
             */
            rentRatio: number;
        };
        ArrearsFileDetailResponse: {
            /** Format: uuid */
            advisorUserId: string;
            /** @enum {string} */
            alertSource: "landlord" | "caf" | "social_services" | "tenant" | "court" | "other";
            /** @example 6000 */
            chargesCents: number;
            /** Format: date */
            closedOn: string | null;
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            commune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            communeName: string | null;
            contacts: components["schemas"]["ArrearsContactResponse"][];
            currentDebtCents: number | null;
            debts: components["schemas"]["ArrearsDebtResponse"][];
            /**
             * Format: uuid
             * @description The pathway household of a rehousing request
             */
            householdId: string | null;
            householdSize: number | null;
            housingBenefitCents: number;
            /** @enum {string} */
            housingBenefitPayer: "caf" | "msa" | "none";
            /** @enum {string} */
            housingBenefitStatus: "maintained" | "suspended" | "none";
            /** Format: uuid */
            id: string;
            landlord: components["schemas"]["LandlordResponse"];
            /** Format: date */
            lastContactOn: string | null;
            /**
             * Format: date
             * @description Null when unknown
             */
            leaseSignedOn: string | null;
            /** Format: date */
            nextContactDueOn: string;
            /** Format: date */
            openedOn: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string|null} */
            outcome: "debt_cleared" | "repayment_plan_under_way" | "rehoused" | "tenant_left" | "evicted" | "lost_contact" | "other" | null;
            procedure: components["schemas"]["ProcedureResponse"];
            /** @example A-000123 */
            reference: string;
            /**
             * @description Monthly rent without charges, in euro cents
             * @example 52000
             */
            rentCents: number;
            solutions: components["schemas"]["ArrearsSolutionResponse"][];
            /**
             * @description The latest procedure stage recorded
             * @enum {string|null}
             */
            stage: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out" | null;
            /** @enum {string} */
            status: "open" | "closed";
            tenantEmail: string | null;
            tenantFirstName: string | null;
            tenantLastName: string;
            tenantPhone: string | null;
            /**
             * @description Send it back to change or close the file (optimistic locking)
             * @example 1
             */
            version: number;
        };
        ArrearsFilePageResponse: {
            items: components["schemas"]["ArrearsFileSummaryResponse"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ArrearsFileReminderSuspensionView: {
            /** Format: uuid */
            fileId: string;
            /**
             * @description Scheduled reminders moved to that date
             * @example 2
             */
            postponed: number;
            /**
             * Format: date-time
             * @description Reminders of the file are held back until then
             */
            until: string;
        };
        ArrearsFileSummaryResponse: {
            /** Format: uuid */
            advisorUserId: string;
            /** @enum {string} */
            alertSource: "landlord" | "caf" | "social_services" | "tenant" | "court" | "other";
            /** @example 6000 */
            chargesCents: number;
            /** Format: date */
            closedOn: string | null;
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            commune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            communeName: string | null;
            currentDebtCents: number | null;
            /**
             * Format: uuid
             * @description The pathway household of a rehousing request
             */
            householdId: string | null;
            householdSize: number | null;
            housingBenefitCents: number;
            /** @enum {string} */
            housingBenefitPayer: "caf" | "msa" | "none";
            /** @enum {string} */
            housingBenefitStatus: "maintained" | "suspended" | "none";
            /** Format: uuid */
            id: string;
            landlord: components["schemas"]["FileLandlordResponse"];
            /** Format: date */
            lastContactOn: string | null;
            /**
             * Format: date
             * @description Null when unknown
             */
            leaseSignedOn: string | null;
            /** Format: date */
            nextContactDueOn: string;
            /** Format: date */
            openedOn: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string|null} */
            outcome: "debt_cleared" | "repayment_plan_under_way" | "rehoused" | "tenant_left" | "evicted" | "lost_contact" | "other" | null;
            /** @example A-000123 */
            reference: string;
            /**
             * @description Monthly rent without charges, in euro cents
             * @example 52000
             */
            rentCents: number;
            /**
             * @description The latest procedure stage recorded
             * @enum {string|null}
             */
            stage: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out" | null;
            /** @enum {string} */
            status: "open" | "closed";
            tenantEmail: string | null;
            tenantFirstName: string | null;
            tenantLastName: string;
            tenantPhone: string | null;
            /**
             * @description Send it back to change or close the file (optimistic locking)
             * @example 1
             */
            version: number;
        };
        ArrearsSolutionResponse: {
            /** @description FSL: amount requested, then granted, in cents */
            amountCents: number | null;
            /** Format: date-time */
            createdAt: string;
            durationMonths: number | null;
            /** Format: date */
            firstDueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "repayment_plan" | "fsl" | "housing_benefit_maintained" | "mediation" | "social_services_referral" | "rehousing_request";
            /** @description Repayment plan: the monthly instalment, in cents */
            monthlyCents: number | null;
            /** @description Where it may move next */
            nextStatuses: ("proposed" | "kept" | "completed" | "broken" | "refused" | "filed" | "granted" | "requested" | "obtained" | "started" | "agreement" | "failed" | "referred" | "taken_up" | "declined" | "rehoused" | "withdrawn")[];
            note: string | null;
            /** @description Repayment plan: its instalments */
            schedule: components["schemas"]["InstalmentResponse"][] | null;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            status: "proposed" | "kept" | "completed" | "broken" | "refused" | "filed" | "granted" | "requested" | "obtained" | "started" | "agreement" | "failed" | "referred" | "taken_up" | "declined" | "rehoused" | "withdrawn";
            /**
             * @description Send it back to move the solution on (optimistic locking)
             * @example 1
             */
            version: number;
        };
        AuditEntryDto: {
            /** @enum {string} */
            action: "login" | "login_failed" | "logout" | "read" | "create" | "update" | "delete" | "export" | "purge";
            clientAddress: string | null;
            /**
             * @example {
             *       "fields": [
             *         "roles"
             *       ]
             *     }
             */
            details: {
                [key: string]: unknown;
            } | null;
            /** @example 42 */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            organisationId: string | null;
            requestId: string | null;
            resourceId: string | null;
            /** @example user */
            resourceType: string;
            /** Format: uuid */
            userId: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        BankDetailsDto: {
            /** @example Léa Martin */
            holderName: string;
            /** @example FR76 3000 6000 0112 3456 7890 189 */
            iban: string;
        };
        BankDetailsResponse: {
            holderName: string;
            /** @example FR7630006000011234567890189 */
            iban: string;
        };
        CancelPaymentDto: {
            /** @example Doublon avec le versement de mars */
            reason: string;
            /**
             * @description The payment version read; when given, a payment changed since answers 409 STALE_VERSION
             * @example 1
             */
            version?: number;
        };
        CarrierDto: {
            /** @example Opérateur La Sasson */
            label: string;
            /**
             * Format: uuid
             * @description The organisation of the territory that carries the action, when it has one
             */
            organisationId?: string;
        };
        CarrierView: {
            /** @example Opérateur La Sasson */
            label: string;
            /** Format: uuid */
            organisationId: string | null;
        };
        CatalogueIndicatorResponse: {
            /** @example households_followed */
            code: string;
            /** @description What exactly is counted, in French */
            definition: string;
            /** @description The breakdowns it allows */
            dimensions: ("age_band" | "household_type" | "sex" | "commune" | "scheme" | "category")[];
            /** @description In French, as the convention words it */
            label: string;
            /** @enum {string} */
            measure: "distinct" | "sum" | "median" | "distribution" | "state" | "people";
            /** @example households */
            unit: string;
        };
        CcapexThresholdsResponse: {
            debtToRentWithoutCharges: number;
            monthsUnpaid: number;
            /** @description The latest debt reaches one of the thresholds */
            reached: boolean;
            /** Format: date */
            since: string | null;
            source: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @example a much longer passphrase */
            newPassword: string;
        };
        CloseDto: {
            /**
             * @description When it happened: not in the future, not before the previous step
             * @example 2026-11-20T14:30:00Z
             */
            occurredAt: string;
            /**
             * @example stable_in_housing
             * @enum {string}
             */
            reason: "stable_in_housing" | "moved_away" | "lost_contact" | "returned_to_street" | "deceased" | "declined" | "hospitalised" | "imprisoned" | "moved_to_chrs" | "evicted" | "other";
            /**
             * @description Household version read; a stale one answers 409 STALE_VERSION
             * @example 2
             */
            version: number;
        };
        CloseFileDto: {
            /** @example 2026-11-20 */
            closedOn: string;
            /** @enum {string} */
            outcome: "debt_cleared" | "repayment_plan_under_way" | "rehoused" | "tenant_left" | "evicted" | "lost_contact" | "other";
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        CommissionProposalView: {
            /**
             * Format: date
             * @description Last day of the household's answer to the offer (CCH R441-10)
             */
            answerDueOn: string | null;
            /** @description The condition, for allocated_with_suspensive_condition */
            calCondition: string | null;
            /** Format: date-time */
            calDecidedAt: string | null;
            /**
             * @description The landlord's allocation commission outcome, once known
             * @enum {string|null}
             */
            calOutcome: "allocated" | "allocated_in_rank_order" | "allocated_with_suspensive_condition" | "not_allocated" | "rejected_inadmissible" | null;
            /** @description Rank, for allocated_in_rank_order */
            calRank: number | null;
            /** @description The landlord's written reason for not_allocated or rejected_inadmissible (CCH L441-2-2) */
            calReason: string | null;
            /**
             * Format: date
             * @description Last day to provide the missing document (CCH R441-3 c)
             */
            conditionDueOn: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /**
             * @description Null until the session decides
             * @enum {string|null}
             */
            decision: "retained" | "postponed" | "refused" | null;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            offerAvailableOn: string | null;
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            offerCommune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            offerCommuneName: string | null;
            /**
             * Format: uuid
             * @description Social landlord of the housing offer
             */
            offerLandlordOrganisationId: string | null;
            /**
             * @description Monthly rent in euro cents
             * @example 42000
             */
            offerRentCents: number | null;
            /** @enum {string|null} */
            offerTypology: "T1" | "T2" | "T3" | "T4" | "T5" | "T6" | null;
            /** @description Code of config/pathway.json refusal reasons, for a refusal */
            refusalReason: string | null;
            /** Format: uuid */
            sessionId: string;
            /** @example 1 */
            version: number;
        };
        CommissionSessionPageView: {
            items: components["schemas"]["CommissionSessionSummaryView"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CommissionSessionSummaryView: {
            /**
             * @description Proposals the session has decided (retained, postponed or refused)
             * @example 4
             */
            decidedCount: number;
            /** Format: uuid */
            id: string;
            landlordOrganisationIds: string[];
            /**
             * @description Households proposed
             * @example 6
             */
            proposalCount: number;
            /** Format: date-time */
            sessionAt: string;
            /** @example 1 */
            version: number;
        };
        CommissionSessionView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Social landlords present */
            landlordOrganisationIds: string[];
            /**
             * Format: uuid
             * @description The organisation running the session (the SIAO)
             */
            organisationId: string;
            /** @description The agenda, in the order proposals were made */
            proposals: components["schemas"]["CommissionProposalView"][];
            /** Format: date-time */
            sessionAt: string;
            /** Format: uuid */
            territoryId: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Send it back to move the session (optimistic locking)
             * @example 1
             */
            version: number;
        };
        CommuneDto: {
            /**
             * @description INSEE code: what the API takes and stores as `commune`
             * @example 73065
             */
            code: string;
            /** @example 73 */
            departement: string;
            /** @example Chambéry */
            name: string;
            /**
             * @example [
             *       "73000"
             *     ]
             */
            postalCodes: string[];
        };
        ConditionOutcomeDto: {
            /**
             * @description When it happened: not in the future, not before the previous step
             * @example 2026-11-20T14:30:00Z
             */
            occurredAt: string;
            /**
             * @description condition_failed only once the deadline has passed; it ends the allocation (→ evaluated)
             * @example document_received
             * @enum {string}
             */
            outcome: "document_received" | "condition_failed";
            /**
             * @description Household version read; a stale one answers 409 STALE_VERSION
             * @example 2
             */
            version: number;
        };
        ConfirmPaidDto: {
            /**
             * @description Date the treasury paid
             * @example 2026-03-28
             */
            paidOn: string;
            /**
             * @description The payment version read; when given, a payment changed since answers 409 STALE_VERSION
             * @example 1
             */
            version?: number;
        };
        ContactDto: {
            /** @enum {string} */
            channel: "phone" | "letter" | "email" | "home_visit" | "office_appointment";
            /** @example 2026-11-20 */
            contactedOn: string;
            /**
             * @description When to contact again; defaults to the configured interval
             * @example 2026-12-04
             */
            nextContactOn?: string;
            /** @example Accord de principe pour un plan d’apurement */
            outcome?: string;
            /** @enum {string} */
            party: "tenant" | "landlord" | "letting_agent";
            reached: boolean;
        };
        ConventionDocumentDto: {
            actions: components["schemas"]["ActionDocumentDto"][];
            /** @example 2026-12-31 */
            endsOn: string;
            /** @example grand-chambery-2024-2026 */
            key: string;
            /** @example 2024-07-04 */
            signedOn?: string;
            /** @example 2024-01-01 */
            startsOn: string;
            /** @example Convention pluriannuelle d’objectifs 2024-2026 – Grand Chambéry */
            title: string;
            years: components["schemas"]["YearDto"][];
        };
        ConventionSummaryView: {
            /** @example 2026-12-31 */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @example grand-chambery-2024-2026 */
            key: string;
            /** @example 2024-07-04 */
            signedOn: string | null;
            /** @example 2024-01-01 */
            startsOn: string;
            title: string;
            /** @example 1 */
            version: number;
            /**
             * @example [
             *       2024,
             *       2025
             *     ]
             */
            years: number[];
        };
        ConventionView: {
            actions: components["schemas"]["ActionView"][];
            /** @example 2026-12-31 */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @example grand-chambery-2024-2026 */
            key: string;
            /** @example 2024-07-04 */
            signedOn: string | null;
            /** @example 2024-01-01 */
            startsOn: string;
            title: string;
            /** @example 1 */
            version: number;
            years: components["schemas"]["YearView"][];
        };
        CreateActionDto: {
            carrier: components["schemas"]["CarrierDto"];
            /** @example Montage d’initiatives innovantes pour l’accès au logement des publics cibles */
            category: string;
            indicators: components["schemas"]["IndicatorLinkDto"][];
            /**
             * @description Stable slug of the action in the JSON file
             * @example renfort-siao
             */
            key: string;
            /** @example Renfort du SIAO */
            title: string;
            years: components["schemas"]["ActionYearDto"][];
        };
        CreateEncounterDto: {
            /** @description Households already followed among them */
            householdIds?: string[];
            /**
             * @description A short note for the next round
             * @example Besoin de couvertures ; repasser jeudi
             */
            note?: string;
            /** @example 2026-11-18T21:30:00+01:00 */
            occurredAt: string;
            /**
             * @description People met, named or not
             * @example 3
             */
            peopleMet: number;
            /** @example Parc du Verney */
            place: string;
            /** @example Centre-ville */
            zone?: string;
        };
        CreateFileDto: {
            /**
             * Format: uuid
             * @description An arrears advisor of your organisation; defaults to you
             */
            advisorUserId?: string;
            /** @enum {string} */
            alertSource: "landlord" | "caf" | "social_services" | "tenant" | "court" | "other";
            /** @example 5000 */
            chargesCents?: number;
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73065
             */
            commune: string;
            /** @description The debt when the alert came */
            debt?: components["schemas"]["DebtDto"];
            /** @example 2 */
            householdSize?: number;
            /** @example 21000 */
            housingBenefitCents?: number;
            /** @enum {string} */
            housingBenefitPayer?: "caf" | "msa" | "none";
            /** @enum {string} */
            housingBenefitStatus?: "maintained" | "suspended" | "none";
            landlord?: components["schemas"]["LandlordDto"];
            /**
             * Format: uuid
             * @description A landlord of your organisation; or give `landlord` to record a new one
             */
            landlordId?: string;
            /**
             * @description The lease’s signing date: it chooses the termination clause’s delay (6 weeks from 29 July 2023, 2 months before); unknown: the file shows both
             * @example 2024-03-01
             */
            leaseSignedOn?: string;
            /**
             * @description Defaults to today
             * @example 2026-11-20
             */
            openedOn?: string;
            /**
             * @description Monthly rent without charges, in cents
             * @example 62000
             */
            rentCents: number;
            tenantEmail?: string;
            /** @example Claire */
            tenantFirstName?: string;
            /** @example Martin */
            tenantLastName: string;
            /** @example 06 12 34 56 78 */
            tenantPhone?: string;
        };
        CreateHouseholdDto: {
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73065
             */
            commune?: string;
            /**
             * @description Without it the household is only spotted (no consent yet)
             * @example 2026-11-02
             */
            consentDate?: string;
            /**
             * Format: uuid
             * @description The maraude encounter where the person agreed to be followed
             */
            encounterId?: string;
            /**
             * @example maraude
             * @enum {string}
             */
            entryChannel: "maraude" | "siao_demand" | "institution_exit" | "youth_desk" | "landlord_alert" | "eviction_prevention";
            /**
             * @example street
             * @enum {string}
             */
            livingSituation: "street" | "squat_or_camp" | "emergency_shelter" | "institution" | "third_party" | "vehicle" | "hotel" | "own_housing_at_risk" | "other";
            /**
             * @example [
             *       "administrative"
             *     ]
             */
            needs?: ("psychiatric_care" | "addiction" | "physical_health" | "administrative" | "employment" | "budget" | "parenting" | "legal" | "other")[];
            /**
             * @description When the file was opened (default: now)
             * @example 2026-11-02T10:00:00Z
             */
            openedAt?: string;
            /** @description Exactly one person has the role reference */
            persons: components["schemas"]["PersonInputDto"][];
            /** @description Priority labels (codes: GET /siao-lists), replacing the current list */
            priorityLabels?: components["schemas"]["PriorityLabelDto"][];
            /** Format: uuid */
            referentUserId?: string;
            /**
             * @example [
             *       "none"
             *     ]
             */
            resources?: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
            /** @example false */
            restricted?: boolean;
            /** @description Organisations following the household with us */
            sharedWithOrganisationIds?: string[];
            /**
             * @description The demand number in SI-SIAO
             * @example SIAO73-2026-001234
             */
            siaoDemandNumber?: string | null;
            /**
             * @description The social-housing demand number (NUR)
             * @example 073122600012345678
             */
            socialHousingDemandNumber?: string | null;
            /**
             * Format: date
             * @description The social-housing demand lapses unless renewed by this date (yearly; a reminder falls a month before)
             * @example 2027-03-14
             */
            socialHousingDemandRenewalOn?: string | null;
            /** @description Support measures (codes: GET /siao-lists), replacing the current list */
            supportMeasures?: components["schemas"]["SupportMeasureDto"][];
        };
        CreateNoteDto: {
            /** @example Rencontré au parc du Verney, accepte un rendez-vous mardi. */
            body: string;
            /**
             * @description Health notes stay within the author’s organisation
             * @example false
             */
            health?: boolean;
        };
        CreateOrganisationDto: {
            /** @example Toit d'abord (association La Sasson) */
            name: string;
            /**
             * @example outreach
             * @enum {string}
             */
            type: "siao" | "outreach" | "adil" | "youth_team" | "coordination" | "social_landlord" | "state_service";
        };
        CreateProgrammeDto: {
            /** @example 2027-06-30 */
            endsOn: string;
            /**
             * @description The envelope voted, in cents
             * @example 6720000
             */
            envelopeCents: number;
            /** @description The stipend managers’ organisation; defaults to yours */
            managingOrganisationId?: string;
            /** @example Pécule jeunes 2026-2027 */
            name: string;
            rules: components["schemas"]["RuleSetDto"];
            /** @example 2026-01-01 */
            startsOn: string;
        };
        CreateSessionDto: {
            landlordOrganisationIds?: string[];
            /** @example 2026-12-03T09:30:00+01:00 */
            sessionAt: string;
        };
        CreateUserDto: {
            /** @example Camille Martin */
            displayName: string;
            /** @example camille.martin@siao73.example */
            email: string;
            /** Format: uuid */
            organisationId: string;
            /** @example a long initial passphrase */
            password: string;
            /**
             * @example [
             *       "siao_worker"
             *     ]
             */
            roles: ("outreach_worker" | "siao_worker" | "commission_secretary" | "arrears_advisor" | "youth_worker" | "stipend_manager" | "coordinator" | "state_officer" | "admin")[];
        };
        CreatedHouseholdView: {
            household: components["schemas"]["HouseholdView"];
            /** @description Files with a person of the same normalised name and birth date: a warning, not a refusal */
            possibleDuplicates: components["schemas"]["PossibleDuplicateView"][];
        };
        CreditLineView: {
            /** @description Amount agreed, in cents */
            agreedCents: number;
            /** @description Expenses committed (sum of the entries), in cents */
            committedCents: number;
            /** @description State share of the committed expenses (committed × rate), in cents */
            committedStateShareCents: number;
            /** @description Left to the territory: agreed minus the State share, in cents */
            remainderCents: number;
            /**
             * @description The State’s (DIHAL) rate, in percent
             * @enum {number}
             */
            stateRatePercent: 100 | 80 | 50;
            /** @description State share of the agreed amount, in cents */
            stateShareCents: number;
        };
        CreditTotalsView: {
            /** @description Amount agreed, in cents */
            agreedCents: number;
            /** @description Unspent State credits carried in from the year before, in cents */
            carriedInCents: number;
            /** @description Carried out to the next year: carried in + State funding − State share committed, in cents */
            carriedOutCents: number;
            /** @description Expenses committed, in cents */
            committedCents: number;
            /** @description State share of the committed expenses, in cents */
            committedStateShareCents: number;
            /** @description Left to the territory, in cents */
            remainderCents: number;
            /** @description What the State pays for the year, in cents */
            stateFundingCents: number;
            /** @description State share of the agreed amounts, in cents */
            stateShareCents: number;
        };
        DeadlineCandidateResponse: {
            delay: components["schemas"]["DelayResponse"];
            /** Format: date */
            dueOn: string;
            /** Format: date */
            leaseSignedBefore: string | null;
            /** Format: date */
            leaseSignedFrom: string;
        };
        DeadlineStartResponse: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            stage: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out";
        };
        DebtDto: {
            /**
             * @description Amount owed, in cents
             * @example 185000
             */
            amountCents: number;
            /** @example 3 */
            monthsUnpaid?: number;
            /** @example 2026-11-15 */
            observedOn: string;
        };
        DecisionItemDto: {
            /**
             * @example retained
             * @enum {string}
             */
            decision: "retained" | "postponed" | "refused";
            /** Format: uuid */
            proposalId: string;
            /**
             * @description Mandatory for a refusal: a code of config/pathway.json
             * @example resources_insufficient
             */
            refusalReason?: string;
        };
        DeclineOfferDto: {
            /**
             * @description When it happened: not in the future, not before the previous step
             * @example 2026-11-20T14:30:00Z
             */
            occurredAt: string;
            /**
             * @description Why the household declines: a household reason of GET /commission-refusal-reasons (CCH L441-2-2)
             * @example too_far_from_work_or_care
             */
            reason: string;
            /**
             * @description Household version read; a stale one answers 409 STALE_VERSION
             * @example 2
             */
            version: number;
        };
        DelayResponse: {
            days?: number;
            months?: number;
            /** @description The law it comes from */
            source?: string;
            weeks?: number;
        };
        DifferenceResponse: {
            code: string;
            /** @description From the indicator facts */
            facts: number | null;
            /** @description From the operational tables */
            operational: number | null;
        };
        DigestDto: {
            enabled: boolean;
        };
        DigestSubscriptionView: {
            /** @description Whether the daily digest e-mail is sent to me */
            enabled: boolean;
        };
        DuplicateDemandView: {
            /** @example 4 */
            line: number;
            /** @example same SI-SIAO demand number as an existing file */
            reason: string;
            /**
             * @description The existing file; empty when the duplicate is an earlier line of the same file
             * @example M-000017
             */
            reference: string;
        };
        DuplicateRowResponse: {
            line: number;
            reason: string;
            /** @description The open file that already follows this tenant */
            reference: string;
        };
        EarliestEvictionResponse: {
            /** @description The law’s delay after the notice, or the one the judge shortened */
            delay: components["schemas"]["DelayResponse"];
            /**
             * Format: date
             * @description Null while suspended; moved past the winter truce
             */
            dueOn: string | null;
            /** Format: date */
            enforcementDelayUntil: string | null;
            /** Format: date */
            noticeToQuitOn: string;
            /** Format: date */
            postponedFrom?: string;
            /** Format: date */
            reducedByJudgeOn: string | null;
            /**
             * Format: date
             * @description The notice, or the day the prefect was informed when later
             */
            runsFrom: string | null;
            /** @description The prefect has not been informed: the delay has not started */
            suspended: boolean;
        };
        EncounterView: {
            /** @description Households of the people who agreed to be followed */
            householdIds: string[];
            /** Format: uuid */
            id: string;
            /** @example Besoin de couvertures ; repasser jeudi */
            note: string | null;
            /** Format: date-time */
            occurredAt: string;
            /**
             * Format: uuid
             * @description The outreach organisation
             */
            organisationId: string;
            /**
             * @description People met, linked to a household or not
             * @example 3
             */
            peopleMet: number;
            /** @example Gare de Chambéry, parvis */
            place: string;
            /** @example centre-ville */
            zone: string | null;
        };
        EndEnrolmentDto: {
            /**
             * @description Last day of the stipend: later payments are cancelled
             * @example 2026-09-30
             */
            endedOn: string;
            /** @enum {string} */
            reason: "job" | "training_allowance" | "youth_guarantee" | "youth_commitment_contract" | "rsa_at_25" | "left_programme" | "moved_away" | "end_date_reached";
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        EnrolDto: {
            bankDetails: components["schemas"]["BankDetailsDto"];
            householdId: string;
            /**
             * @description Defaults to the rules’ monthly amount; never above their maximum
             * @example 37333
             */
            monthlyAmountCents?: number;
            /** @description The young person, a member of the household */
            personId: string;
            programmeId: string;
            /** @description Resources and housing come from the household file */
            situationAtEntry?: components["schemas"]["EntrySituationDto"];
            /** @example 2026-03-15 */
            startsOn: string;
        };
        EnrolmentDetailResponse: {
            /** @description Whether ageLimitOn is withheld */
            ageLimitHidden: boolean;
            /**
             * Format: date
             * @description Withheld (null) when the household is restricted: it gives the birth date
             */
            ageLimitOn: string | null;
            /** @description Stipend managers only, decrypted; null for others */
            bankDetails: components["schemas"]["BankDetailsResponse"] | null;
            bankDetailsRecorded: boolean;
            /** @enum {string|null} */
            endReason: "job" | "training_allowance" | "youth_guarantee" | "youth_commitment_contract" | "rsa_at_25" | "left_programme" | "moved_away" | "end_date_reached" | null;
            /** Format: date */
            endedOn: string | null;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /** @description In euro cents */
            monthlyCents: number;
            /** Format: uuid */
            organisationId: string;
            payments: components["schemas"]["EnrolmentPaymentResponse"][];
            /** Format: uuid */
            personId: string;
            /** Format: date */
            plannedEndOn: string;
            /** Format: uuid */
            programmeId: string;
            /** @example P-000012 */
            reference: string;
            /** Format: uuid */
            referentUserId: string;
            reviews: components["schemas"]["ReviewResponse"][];
            /** @example 2026-01 */
            rulesVersion: string;
            situationAtEntry: components["schemas"]["SituationResponse"];
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "active" | "ended";
            /**
             * @description Send it back to change the enrolment (optimistic locking)
             * @example 1
             */
            version: number;
            /** @description Null when the household is restricted and you are not its referent organisation */
            youngPerson: components["schemas"]["YoungPersonResponse"] | null;
        };
        EnrolmentPaymentResponse: {
            /** @description In euro cents */
            amountCents: number;
            cancelReason: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description `YYYY-MM`
             * @example 2026-12
             */
            month: string;
            /** Format: date */
            paidOn: string | null;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @enum {string} */
            status: "planned" | "validated" | "transmitted" | "paid" | "cancelled";
        };
        EnrolmentResponse: {
            /** @description Whether ageLimitOn is withheld */
            ageLimitHidden: boolean;
            /**
             * Format: date
             * @description Withheld (null) when the household is restricted: it gives the birth date
             */
            ageLimitOn: string | null;
            /** @enum {string|null} */
            endReason: "job" | "training_allowance" | "youth_guarantee" | "youth_commitment_contract" | "rsa_at_25" | "left_programme" | "moved_away" | "end_date_reached" | null;
            /** Format: date */
            endedOn: string | null;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /** @description In euro cents */
            monthlyCents: number;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            plannedEndOn: string;
            /** Format: uuid */
            programmeId: string;
            /** @example P-000012 */
            reference: string;
            /** Format: uuid */
            referentUserId: string;
            /** @example 2026-01 */
            rulesVersion: string;
            situationAtEntry: components["schemas"]["SituationResponse"];
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "active" | "ended";
            /**
             * @description Send it back to change the enrolment (optimistic locking)
             * @example 1
             */
            version: number;
            /** @description Null when the household is restricted and you are not its referent organisation */
            youngPerson: components["schemas"]["YoungPersonResponse"] | null;
        };
        EntrySituationDto: {
            /**
             * @default none
             * @enum {string}
             */
            employment: "none" | "job_search" | "employed" | "apprenticeship" | "civic_service";
            /** @default false */
            inTraining: boolean;
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "STALE_VERSION" | "ILLEGAL_TRANSITION" | "NOT_ELIGIBLE" | "ENVELOPE_EXCEEDED" | "MISSED_INSTALMENT_REQUIRED" | "NOTHING_TO_EXPORT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_PROGRESS";
        ErrorDto: {
            /** @example NOT_FOUND */
            code: components["schemas"]["ErrorCode"];
            /** @description Per code: VALIDATION_FAILED lists [{ field, problems }], STALE_VERSION gives currentVersion, …; null otherwise */
            details: ({
                [key: string]: unknown;
            } | null) | unknown[];
            /** @example Household not found */
            message: string;
            /** @example 404 */
            statusCode: number;
        };
        EvaluationDto: {
            /**
             * @description Debts in euro cents
             * @example 120000
             */
            debtsCents: number;
            /**
             * @example intensive
             * @enum {string}
             */
            intensity: "light" | "medium" | "intensive";
            /**
             * @example street
             * @enum {string}
             */
            livingSituation: "street" | "squat_or_camp" | "emergency_shelter" | "institution" | "third_party" | "vehicle" | "hotel" | "own_housing_at_risk" | "other";
            /**
             * @example [
             *       "administrative"
             *     ]
             */
            needs: ("psychiatric_care" | "addiction" | "physical_health" | "administrative" | "employment" | "budget" | "parenting" | "legal" | "other")[];
            /**
             * @description When it happened: not in the future, not before the previous step
             * @example 2026-11-20T14:30:00Z
             */
            occurredAt: string;
            /**
             * @example bail_glissant
             * @enum {string}
             */
            orientation: "ordinary_social_housing" | "private_housing_iml" | "pension_de_famille" | "residence_sociale" | "bail_glissant" | "emergency_shelter" | "chrs" | "residence_accueil" | "lhss" | "act" | "fjt" | "un_chez_soi_dabord";
            /**
             * @example [
             *       "rsa"
             *     ]
             */
            resources: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
            /**
             * @description Household version read; a stale one answers 409 STALE_VERSION
             * @example 2
             */
            version: number;
        };
        ExecutionReportView: {
            actions: components["schemas"]["ReportActionView"][];
            /** Format: uuid */
            conventionId: string;
            conventionTitle: string;
            credits: components["schemas"]["ReportCreditsView"];
            /** @example 2025 */
            year: number;
            /** @example Année 4 (juillet 2024 – décembre 2025) */
            yearLabel: string;
        };
        ExpenseDocumentDto: {
            /** @example 6062700 */
            amountCents: number;
            /** @example Dépenses totales au 30/05/2024 */
            label: string;
            /** @example 2024-05-30 */
            spentOn: string;
        };
        ExpenseDto: {
            /**
             * @description Amount committed, in cents; a correction is a negative entry, never an edit
             * @example 1031350
             */
            amountCents: number;
            /** @example Facture La Sasson, 1er semestre */
            label: string;
            /** @example 2025-06-30 */
            spentOn: string;
            /** @example 2025 */
            year: number;
        };
        ExpenseView: {
            /** @description Amount (negative for a correction), in cents */
            amountCents: number;
            /** Format: uuid */
            id: string;
            /** @example Facture La Sasson, 1er semestre */
            label: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example 2025-06-30 */
            spentOn: string;
        };
        FileLandlordResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "individual" | "family_sci" | "company";
            name: string;
        };
        HouseholdPageView: {
            items: components["schemas"]["HouseholdView"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        HouseholdReminderSuspensionView: {
            /** Format: uuid */
            householdId: string;
            /**
             * @description Scheduled reminders moved to that date
             * @example 2
             */
            postponed: number;
            /**
             * Format: date-time
             * @description Reminders of the file are held back until then
             */
            until: string;
        };
        HouseholdView: {
            /**
             * Format: date
             * @description While an allocation awaits its missing document: the last day to provide it (CCH R441-3 c)
             */
            allocationConditionDueOn: string | null;
            /** @description Steps allowed from the current status */
            allowedSteps: ("consent.recorded" | "evaluation.completed" | "commission.proposed" | "commission.decided" | "allocation.decided" | "allocation.condition_met" | "allocation.condition_failed" | "offer.accepted" | "offer.declined" | "offer.lapsed" | "lease.signed" | "housing.entered" | "followup.visited" | "bail_glissant.reviewed" | "lease.slid" | "household.closed" | "household.reopened")[];
            /**
             * Format: date
             * @description Bail glissant: the landlord tells the prefect by then whether it offers the household a lease (CCH L442-8-3)
             */
            bailGlissantPrefectNoticeDueOn: string | null;
            /**
             * @description Bail glissant: its agreement's review period in months
             * @example 6
             */
            bailGlissantReviewMonths: number | null;
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            commune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            communeName: string | null;
            /** Format: date */
            consentDate: string | null;
            /** @enum {string} */
            entryChannel: "maraude" | "siao_demand" | "institution_exit" | "youth_desk" | "landlord_alert" | "eviction_prevention";
            /** @description Evaluated more than the configured validity ago */
            evaluationStale: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastEvaluatedAt: string | null;
            /** Format: date-time */
            lastStepAt: string;
            /** Format: date */
            leaseSignedOn: string | null;
            /** @enum {string|null} */
            leaseType: "direct" | "bail_glissant" | "sublet" | null;
            /**
             * @example street
             * @enum {string}
             */
            livingSituation: "street" | "squat_or_camp" | "emergency_shelter" | "institution" | "third_party" | "vehicle" | "hotel" | "own_housing_at_risk" | "other";
            /** @description True when names are hidden from you (restricted file of another organisation) */
            namesHidden: boolean;
            /**
             * @example [
             *       "administrative"
             *     ]
             */
            needs: ("psychiatric_care" | "addiction" | "physical_health" | "administrative" | "employment" | "budget" | "parenting" | "legal" | "other")[];
            /**
             * Format: date
             * @description Bail glissant: end of the current review period
             */
            nextBailGlissantReviewOn: string | null;
            /**
             * Format: date
             * @description While an offer awaits the answer: its last day; past it, silence counts as a refusal (CCH R441-10)
             */
            offerAnswerDueOn: string | null;
            /** Format: date-time */
            openedAt: string;
            /**
             * Format: uuid
             * @description The referent organisation
             */
            organisationId: string;
            persons: components["schemas"]["PersonView"][];
            priorityLabels: components["schemas"]["PriorityLabelView"][];
            /** @example M-000042 */
            reference: string;
            /** Format: uuid */
            referentUserId: string | null;
            /**
             * @example [
             *       "none"
             *     ]
             */
            resources: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
            /** @description Domestic violence: names shown to the referent organisation only */
            restricted: boolean;
            sharedWithOrganisationIds: string[];
            /**
             * @description Null when unknown, or hidden from you
             * @example SIAO73-2026-001234
             */
            siaoDemandNumber: string | null;
            /**
             * @description NUR; null when unknown, or hidden from you
             * @example 073122600012345678
             */
            socialHousingDemandNumber: string | null;
            /**
             * Format: date
             * @description The social-housing demand lapses unless renewed by then
             */
            socialHousingDemandRenewalOn: string | null;
            /** @enum {string} */
            status: "spotted" | "file_open" | "evaluated" | "proposed" | "retained" | "allocated" | "lease_signed" | "followed_in_housing" | "closed";
            supportMeasures: components["schemas"]["SupportMeasureView"][];
            /**
             * @description Send it back with the next change or step (optimistic locking)
             * @example 3
             */
            version: number;
        };
        ImportReportResponse: {
            accepted: components["schemas"]["ImportedRowResponse"][];
            /** @example ; */
            delimiter: string;
            duplicates: components["schemas"]["DuplicateRowResponse"][];
            /** @example utf-8 */
            encoding: string;
            /** Format: uuid */
            importId: string;
            rejected: components["schemas"]["RejectedRowResponse"][];
            rowCount: number;
            /** @description Of the file sent: the same file again answers this report */
            sha256: string;
        };
        ImportedDemandView: {
            /** Format: uuid */
            householdId: string;
            /**
             * @description Line of the file
             * @example 2
             */
            line: number;
            /** @example M-000042 */
            reference: string;
        };
        ImportedRowResponse: {
            /** Format: uuid */
            fileId: string;
            /** @description Line of the CSV file */
            line: number;
            /** @example A-000123 */
            reference: string;
        };
        InboxCountsView: {
            /** @example 2 */
            overdue: number;
            /** @example 1 */
            today: number;
            /** @example 7 */
            upcoming: number;
        };
        InboxView: {
            /** @description Due before today */
            overdue: components["schemas"]["ReminderView"][];
            today: components["schemas"]["ReminderView"][];
            /** @description Due after today */
            upcoming: components["schemas"]["ReminderView"][];
        };
        IndicatorCatalogueResponse: {
            indicators: components["schemas"]["CatalogueIndicatorResponse"][];
            /** @description Breakdown cells from 1 to this count are masked */
            maskingThreshold: number;
        };
        IndicatorLinkDto: {
            /** @description Only the carrier organisation’s figures (with `code`) */
            carrierOnly?: boolean;
            /**
             * @description A code of the indicators catalogue
             * @example households_accompanied
             */
            code?: string;
            /**
             * @description An indicator not collected in Parcours (without `code`)
             * @example Nb de logements conventionnés
             */
            label?: string;
        };
        IndicatorLinkView: {
            /** @description Only the carrier organisation’s figures */
            carrierOnly: boolean;
            /**
             * @description Null: not collected in Parcours
             * @example households_accompanied
             */
            code: string | null;
            /** @description False: not collected in Parcours */
            collected: boolean;
            /** @example Nb de ménages accompagnés */
            label: string;
        };
        IndicatorReportResponse: {
            /** Format: date */
            from: string;
            /** @enum {string} */
            granularity: "month" | "quarter" | "year" | "range";
            indicators: components["schemas"]["IndicatorResultResponse"][];
            maskingThreshold: number;
            territoryIds: string[];
            /** Format: date */
            to: string;
        };
        IndicatorResultResponse: {
            /** @enum {string|null} */
            breakdown: "age_band" | "household_type" | "sex" | "commune" | "scheme" | "category" | "organisation" | null;
            code: string;
            definition: string;
            label: string;
            /** @enum {string} */
            measure: "distinct" | "sum" | "median" | "distribution" | "state" | "people";
            periods: components["schemas"]["PeriodResultResponse"][];
            unit: string;
        };
        InstalmentResponse: {
            amountCents: number;
            /** Format: date */
            dueOn: string;
        };
        LandlordDetailResponse: {
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            commune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            communeName: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /** @description Its tenants’ files I may see */
            files: components["schemas"]["LandlordFileResponse"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "individual" | "family_sci" | "company";
            lettingAgent: string | null;
            name: string;
            phone: string | null;
            /**
             * @description Send it back to change the landlord (optimistic locking)
             * @example 1
             */
            version: number;
        };
        LandlordDto: {
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73065
             */
            commune?: string;
            email?: string;
            /**
             * @description A company (other than a family SCI) must refer to the CCAPEX before summoning
             * @enum {string}
             */
            kind: "individual" | "family_sci" | "company";
            /**
             * @description The letting agent that manages for the landlord
             * @example Agence du Centre
             */
            lettingAgent?: string;
            /** @example SCI Les Tilleuls */
            name: string;
            /** @example 04 79 00 00 00 */
            phone?: string;
        };
        LandlordFileResponse: {
            /** Format: uuid */
            id: string;
            /** @example A-000123 */
            reference: string;
            /** @enum {string} */
            status: "open" | "closed";
        };
        LandlordResponse: {
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            commune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            communeName: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "individual" | "family_sci" | "company";
            lettingAgent: string | null;
            name: string;
            phone: string | null;
            /**
             * @description Send it back to change the landlord (optimistic locking)
             * @example 1
             */
            version: number;
        };
        LeaseDto: {
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73065
             */
            commune: string;
            /** @example Cristal Habitat */
            landlord: string;
            /**
             * @example bail_glissant
             * @enum {string}
             */
            leaseType: "direct" | "bail_glissant" | "sublet";
            /**
             * @description When it happened: not in the future, not before the previous step
             * @example 2026-11-20T14:30:00Z
             */
            occurredAt: string;
            /**
             * @description Bail glissant only: the review period its tripartite agreement sets, in months (default: config/pathway.json, CCH L442-8-3)
             * @example 6
             */
            reviewPeriodMonths?: number;
            /**
             * @description Household version read; a stale one answers 409 STALE_VERSION
             * @example 2
             */
            version: number;
        };
        LegalDeadlineResponse: {
            /** @example summons_after_ccapex_referral */
            code: string;
            delay: components["schemas"]["DelayResponse"];
            /** Format: date */
            dueOn: string;
            /** @description The stage and date the delay runs from */
            from: components["schemas"]["DeadlineStartResponse"];
            label: string;
            /** @enum {string} */
            notBefore?: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out";
            /**
             * Format: date
             * @description Moved past the winter truce: the date the delay alone gives
             */
            postponedFrom?: string;
            /** @description The delay depends on the lease’s signing date, unknown */
            undetermined?: components["schemas"]["UndeterminedDeadlineResponse"];
        };
        LinkEncounterDto: {
            /** Format: uuid */
            householdId: string;
        };
        LoginDto: {
            /** @example siao@grand-chambery.example */
            email: string;
            /** @example correct horse battery staple */
            password: string;
            /**
             * @description `body`: the refresh token is in the response body. `cookie` (browsers): it is set in the HttpOnly cookie `parcours_refresh` (Path=/api/auth) and left out of the body; the request must carry `X-Requested-With: parcours`.
             * @default body
             * @enum {string}
             */
            session: "body" | "cookie";
        };
        MaskedCellResponse: {
            /** @description The breakdown value (a commune: its INSEE code) */
            key: string;
            /** @description What a reader sees for the key: a commune’s name */
            label?: string;
            masked: boolean;
            /** @description Null when masked */
            value: number | null;
        };
        MonthValueView: {
            /** @example 2025-01 */
            month: string;
            value: number | null;
        };
        MoveSessionDto: {
            /** @example 2026-12-10T09:30:00+01:00 */
            sessionAt: string;
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        NoteView: {
            /** Format: uuid */
            authorUserId: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description A health note: visible only within the organisation that wrote it */
            health: boolean;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The organisation that wrote it
             */
            organisationId: string;
        };
        OfferDto: {
            /** @example 2027-01-01 */
            availableOn?: string;
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73065
             */
            commune?: string;
            /**
             * Format: uuid
             * @description Social landlord organisation
             */
            landlordOrganisationId?: string;
            /**
             * @description Monthly rent in euro cents
             * @example 42000
             */
            rentCents?: number;
            /**
             * @example T2
             * @enum {string}
             */
            typology?: "T1" | "T2" | "T3" | "T4" | "T5" | "T6";
        };
        OrganisationDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example SIAO 73 */
            name: string;
            /** Format: uuid */
            territoryId: string;
            /** @enum {string} */
            type: "siao" | "outreach" | "adil" | "youth_team" | "coordination" | "social_landlord" | "state_service";
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        PaymentResponse: {
            /** @description In euro cents */
            amountCents: number;
            cancelReason: string | null;
            /** Format: uuid */
            enrolmentId: string;
            /**
             * @description Payments are handled by reference; names stay on the enrolment
             * @example P-000012
             */
            enrolmentReference: string;
            /**
             * Format: uuid
             * @description The treasury export that transmitted it
             */
            exportId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description `YYYY-MM`
             * @example 2026-12
             */
            month: string;
            /** Format: date */
            paidOn: string | null;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @enum {string} */
            status: "planned" | "validated" | "transmitted" | "paid" | "cancelled";
            /** Format: date-time */
            validatedAt: string | null;
            /**
             * @description Send it back to validate, cancel or confirm the payment
             * @example 1
             */
            version: number;
        };
        PaymentVersionDto: {
            /**
             * @description The payment version read; when given, a payment changed since answers 409 STALE_VERSION
             * @example 1
             */
            version?: number;
        };
        PeriodResultResponse: {
            /** @description With a breakdown */
            cells?: components["schemas"]["MaskedCellResponse"][];
            /** Format: date */
            from: string;
            /** @description Distributions: the median of the value */
            median?: number | null;
            /** @example 2026-03 */
            period: string;
            /** Format: date */
            to: string;
            /** @description Exact total, never masked */
            value: number | null;
        };
        PersonInputDto: {
            /**
             * @description For people who give no name
             * @example La dame du parc
             */
            alias?: string;
            /** @example 1986-04-12 */
            birthDate?: string;
            /**
             * @description When only the year is known
             * @example 1986
             */
            birthYear?: number;
            /** @example Amina */
            firstName?: string;
            /** @example Benali */
            lastName?: string;
            /**
             * @example reference
             * @enum {string}
             */
            role: "reference" | "spouse" | "child" | "other_adult" | "other_child";
            /**
             * @default unknown
             * @enum {string}
             */
            sex: "female" | "male" | "other" | "unknown";
        };
        PersonView: {
            alias: string | null;
            /**
             * Format: date
             * @example 1986-04-12
             */
            birthDate: string | null;
            /** @example 1986 */
            birthYear: number | null;
            /**
             * @description Null when not known, or hidden from you
             * @example Amina
             */
            firstName: string | null;
            /** Format: uuid */
            id: string;
            isReference: boolean;
            /** @example Benali */
            lastName: string | null;
            /** @enum {string} */
            role: "reference" | "spouse" | "child" | "other_adult" | "other_child";
            /**
             * @example female
             * @enum {string}
             */
            sex: "female" | "male" | "other" | "unknown";
        };
        PossibleDuplicateView: {
            /**
             * Format: uuid
             * @description Null when the file is another organisation's that you may not open: call its referent with the reference
             */
            householdId: string | null;
            /** @example M-000017 */
            reference: string;
        };
        PriorityLabelDto: {
            /**
             * @description A code of GET /siao-lists priorityLabels
             * @example dalo
             */
            code: string;
            /**
             * Format: date
             * @description Date of the decision
             * @example 2026-05-12
             */
            since: string;
            /**
             * Format: date
             * @description When it ended or ends
             */
            until?: string | null;
        };
        PriorityLabelView: {
            /** @example dalo */
            code: string;
            /**
             * Format: date
             * @example 2026-05-12
             */
            since: string;
            /** Format: date */
            until: string | null;
        };
        ProcedureFactDto: {
            /**
             * @description quit_delay_reduced: the delay left, days (with months)
             * @example 15
             */
            days?: number;
            /**
             * @description formal_notice_reported_to_ccapex (by the bailiff), social_financial_diagnosis, rent_resumed_before_hearing, judgment_served, missed_instalment (of the payment delays granted), prefect_informed (of the notice to quit), quit_delay_reduced (by the judge: months and days, 0 to remove), enforcement_delay_granted (by the enforcement judge: months)
             * @enum {string}
             */
            kind: "formal_notice_reported_to_ccapex" | "social_financial_diagnosis" | "rent_resumed_before_hearing" | "judgment_served" | "missed_instalment" | "prefect_informed" | "quit_delay_reduced" | "enforcement_delay_granted";
            /**
             * @description quit_delay_reduced: the delay left, months; enforcement_delay_granted: months granted
             * @example 1
             */
            months?: number;
            note?: string;
            /**
             * @description The day of the act or the decision
             * @example 2026-11-10
             */
            occurredOn: string;
        };
        ProcedureFactResponse: {
            /** Format: date-time */
            createdAt: string;
            days: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "formal_notice_reported_to_ccapex" | "social_financial_diagnosis" | "rent_resumed_before_hearing" | "judgment_served" | "missed_instalment" | "prefect_informed" | "quit_delay_reduced" | "enforcement_delay_granted";
            months: number | null;
            note: string | null;
            /** Format: date */
            occurredOn: string;
            /** Format: uuid */
            recordedBy: string;
        };
        ProcedureResponse: {
            allowedStages: ("first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out")[];
            ccapexReportThresholds: components["schemas"]["CcapexThresholdsResponse"] | null;
            /** @description The deadlines of the current stage, past ones included */
            deadlines: components["schemas"]["LegalDeadlineResponse"][];
            earliestEviction: components["schemas"]["EarliestEvictionResponse"] | null;
            /** @description Acts and decisions recorded beside the stages, oldest first */
            facts: components["schemas"]["ProcedureFactResponse"][];
            nextLegalDeadline: components["schemas"]["LegalDeadlineResponse"] | null;
            /** @enum {string|null} */
            stage: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out" | null;
            stages: components["schemas"]["StageRecordResponse"][];
            winterTruce: components["schemas"]["WinterTruceResponse"];
        };
        ProgrammeResponse: {
            /** @description Validated, transmitted and paid, in euro cents */
            committedCents: number;
            /** Format: date */
            endsOn: string;
            /** @description In euro cents */
            envelopeCents: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            managingOrganisationId: string;
            name: string;
            /** @description In euro cents */
            paidCents: number;
            /** @description Planned payments not validated yet, in euro cents */
            plannedCents: number;
            /** @description In euro cents */
            remainingCents: number;
            rules: components["schemas"]["RuleSetResponse"][];
            /** Format: date */
            startsOn: string;
            /**
             * @description Send it back to change the programme (optimistic locking)
             * @example 1
             */
            version: number;
            /** @description The same figures per calendar year of the months paid for */
            years: components["schemas"]["ProgrammeYearResponse"][];
        };
        ProgrammeYearResponse: {
            /** @description In euro cents */
            committedCents: number;
            /** @description In euro cents */
            paidCents: number;
            /** @description In euro cents */
            plannedCents: number;
            /** @example 2026 */
            year: string;
        };
        ProposeDto: {
            /** Format: uuid */
            householdId: string;
            /**
             * @description Household version read
             * @example 3
             */
            householdVersion: number;
            /**
             * @description When the proposal was made (default: now)
             * @example 2026-11-20T10:00:00Z
             */
            occurredAt?: string;
            offer?: components["schemas"]["OfferDto"];
        };
        PurgeResponse: {
            arrearsFiles: number;
            households: number;
            /** @description Closed households past retention still linked to a pécule enrolment: kept */
            keptForPecule: number;
            landlords: number;
        };
        RangeDto: {
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
        };
        RebuildResponse: {
            /** @description Outbox events replayed */
            events: number;
            /** @description Facts added */
            facts: number;
        };
        ReconcileResultView: {
            /**
             * @description Delivery and e-mail jobs added again (adding an existing job changes nothing)
             * @example 0
             */
            enqueued: number;
        };
        ReconciliationResponse: {
            /** @description Indicators compared */
            compared: number;
            differences: components["schemas"]["DifferenceResponse"][];
        };
        RefreshDto: {
            /** @description The refresh token returned by login or the previous refresh. Leave it out to use the `parcours_refresh` cookie (then `X-Requested-With: parcours` is required). */
            refreshToken?: string;
        };
        RefusalReasonDto: {
            /** @description A household refusal for this reason may cost a priority label such as DALO (CCH R441-16-3) */
            affectsPriority: boolean;
            /** @description Who may give it: the commission (a refusal), the landlord (non-allocation, rejection), the household (an offer declined) */
            appliesTo: ("commission" | "landlord" | "household")[];
            /** @example resources_insufficient */
            code: string;
            /** @example Ressources insuffisantes au regard du loyer */
            label: string;
            reproposal: components["schemas"]["ReproposalRuleDto"];
        };
        RehousingRequestDto: {
            /**
             * @description The day the tenant agreed to a rehousing request and to share what it needs
             * @example 2026-11-20
             */
            consentDate: string;
            /**
             * Format: uuid
             * @description Link a household file you can already see instead of opening one
             */
            householdId?: string;
            /**
             * Format: uuid
             * @description The SIAO organisation that will follow the household (the file is shared with it)
             */
            siaoOrganisationId?: string;
        };
        RejectedDemandView: {
            /** @example 5 */
            line: number;
            /** @description Every reason the row was not imported */
            problems: components["schemas"]["RowProblemView"][];
        };
        RejectedRowResponse: {
            line: number;
            problems: components["schemas"]["RowProblemResponse"][];
        };
        ReminderView: {
            /**
             * Format: date-time
             * @description When it shows as due: the due date, or the end of a snooze
             */
            dueAt: string;
            /** Format: uuid */
            id: string;
            /** @example Évaluation SIAO à renouveler */
            label: string;
            /** @description French message: a reference and dates, never names */
            message: string;
            /**
             * @description The file's reference (a programme's name for a pécule programme)
             * @example M-000042
             */
            reference: string;
            /**
             * @description The rule of config/reminders.json that scheduled it
             * @example evaluation_stale
             */
            ruleCode: string;
            /** @enum {string} */
            status: "scheduled" | "delivered" | "acknowledged" | "snoozed" | "done" | "cancelled";
            /**
             * Format: uuid
             * @description The file it is about
             */
            subjectId: string;
            /**
             * @description The kind of file it is about
             * @enum {string}
             */
            subjectType: "household" | "pecule_enrolment" | "pecule_programme" | "arrears_file" | "convention";
            /** @description In the organisation's team inbox rather than a person's */
            team: boolean;
        };
        RemovePersonDto: {
            /**
             * Format: date
             * @description When they left the household
             * @example 2026-11-20
             */
            occurredOn: string;
            /**
             * @example departure
             * @enum {string}
             */
            reason: "departure" | "death";
            /**
             * @description The version read (optimistic locking)
             * @example 4
             */
            version: number;
        };
        ReportActionView: {
            /** Format: uuid */
            actionId: string;
            carrier: string;
            category: string;
            deliverables: string | null;
            indicators: components["schemas"]["ReportIndicatorView"][];
            key: string;
            /** @example 3 */
            number: string;
            /** @enum {string} */
            status: "maintained" | "completed" | "redirected" | "abandoned";
            /** @example Maintien */
            statusLabel: string;
            title: string;
        };
        ReportCreditLineView: {
            /** Format: uuid */
            actionId: string;
            /** @description Amount agreed, in cents */
            agreedCents: number;
            /** @description Expenses committed (sum of the entries), in cents */
            committedCents: number;
            /** @description State share of the committed expenses (committed × rate), in cents */
            committedStateShareCents: number;
            /** @example 3 */
            number: string;
            /** @description Left to the territory: agreed minus the State share, in cents */
            remainderCents: number;
            /**
             * @description The State’s (DIHAL) rate, in percent
             * @enum {number}
             */
            stateRatePercent: 100 | 80 | 50;
            /** @description State share of the agreed amount, in cents */
            stateShareCents: number;
            /** @example Maintien */
            statusLabel: string;
            title: string;
        };
        ReportCreditsView: {
            lines: components["schemas"]["ReportCreditLineView"][];
            totals: components["schemas"]["CreditTotalsView"];
        };
        ReportIndicatorView: {
            carrierOnly: boolean;
            code: string | null;
            /** @description False: not collected in Parcours (values null, never 0) */
            collected: boolean;
            label: string;
            /** @description The year month by month (collected indicators of the whole territory) */
            monthly: components["schemas"]["MonthValueView"][];
            previousYearValue: number | null;
            /** @example households */
            unit: string | null;
            value: number | null;
        };
        ReproposalRuleDto: {
            /**
             * @description For after_delay: days after the refusal
             * @example 90
             */
            days?: number;
            /**
             * @description When a household refused for this reason may be proposed again
             * @enum {string}
             */
            kind: "immediate" | "after_delay" | "after_new_evaluation";
        };
        ReviewDto: {
            /** @enum {string} */
            employment: "none" | "job_search" | "employed" | "apprenticeship" | "civic_service";
            /** @description Housed (at entry) or housing kept (at a review) */
            housed: boolean;
            inTraining: boolean;
            resources: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
            /** @example 2026-06-15 */
            reviewedOn: string;
        };
        ReviewResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            reviewedOn: string;
            situation: components["schemas"]["SituationResponse"];
        };
        RowProblemResponse: {
            /** @example loyer */
            field: string;
            problems: string[];
        };
        RowProblemView: {
            /** @example birthDate */
            field: string;
            /**
             * @example [
             *       "\"31/02/1990\" is not a date such as 31/12/2026"
             *     ]
             */
            problems: string[];
        };
        RuleSetDto: {
            /** @example 25 */
            ageLimitYears: number;
            /** @example 37333 */
            defaultMonthlyCents: number;
            /**
             * @description Date of the deliberation that adopted the rules
             * @example 2025-12-11
             */
            deliberationDate: string;
            /**
             * @description Enrolments starting on or after this date follow these rules
             * @example 2026-01-01
             */
            effectiveFrom: string;
            /** @example 18 */
            maxDurationMonths: number;
            /** @example 50000 */
            maxMonthlyCents: number;
            /** @example 2026-1 */
            rulesVersion: string;
        };
        RuleSetResponse: {
            ageLimitYears: number;
            /** @description In euro cents */
            defaultMonthlyCents: number;
            /**
             * Format: date
             * @description The deliberation that adopted these rules
             */
            deliberationDate: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
            maxDurationMonths: number;
            /** @description In euro cents */
            maxMonthlyCents: number;
            /** @example 2026-01 */
            rulesVersion: string;
        };
        SessionDecisionsDto: {
            /** @description Recorded atomically: all or none */
            decisions: components["schemas"]["DecisionItemDto"][];
        };
        ShareDto: {
            /** Format: uuid */
            organisationId: string;
            /**
             * @description The version read (optimistic locking)
             * @example 3
             */
            version: number;
        };
        SiaoImportColumnDto: {
            /** @enum {string} */
            field: "siaoDemandNumber" | "demandDate" | "lastName" | "firstName" | "birthDate" | "sex" | "livingSituation" | "commune" | "socialHousingDemandNumber" | "socialHousingDemandRenewalOn";
            /**
             * @description Headers that carry it
             * @example [
             *       "N° demande",
             *       "Numéro de demande"
             *     ]
             */
            headers: string[];
        };
        SiaoImportReport: {
            accepted: components["schemas"]["ImportedDemandView"][];
            /** @enum {string} */
            delimiter: ";" | "," | "\t";
            duplicates: components["schemas"]["DuplicateDemandView"][];
            /** @enum {string} */
            encoding: "utf-8" | "windows-1252";
            /** @description Headers the mapping does not name: not imported */
            ignoredColumns: string[];
            /** Format: uuid */
            importId: string;
            rejected: components["schemas"]["RejectedDemandView"][];
            /** @example 120 */
            rowCount: number;
            /** @description SHA-256 of the file: the same file again returns this report */
            sha256: string;
        };
        SiaoListItemDto: {
            /** @example dalo */
            code: string;
            /** @example Reconnu prioritaire DALO (commission de médiation) */
            label: string;
            /**
             * @description The legal source, when the law sets the list
             * @example CCH L441-2-3
             */
            source?: string;
        };
        SiaoListsDto: {
            /** @description The SI-SIAO import mapping (config/siao-import.json) */
            importColumns: components["schemas"]["SiaoImportColumnDto"][];
            priorityLabels: components["schemas"]["SiaoListItemDto"][];
            supportMeasures: components["schemas"]["SiaoListItemDto"][];
            transferReasons: components["schemas"]["SiaoListItemDto"][];
        };
        SituationResponse: {
            /** @enum {string} */
            employment: "none" | "job_search" | "employed" | "apprenticeship" | "civic_service";
            housed: boolean;
            inTraining: boolean;
            resources: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
        };
        SolutionDto: {
            /**
             * @description FSL: amount requested (granted, once granted), in cents
             * @example 120000
             */
            amountCents?: number;
            /**
             * @description Repayment plan: number of instalments
             * @example 12
             */
            durationMonths?: number;
            /**
             * @description Repayment plan: first instalment
             * @example 2026-12-05
             */
            firstDueOn?: string;
            /** @enum {string} */
            kind: "repayment_plan" | "fsl" | "housing_benefit_maintained" | "mediation" | "social_services_referral" | "rehousing_request";
            /**
             * @description Repayment plan: monthly instalment, in cents
             * @example 15000
             */
            monthlyCents?: number;
            note?: string;
            /** @example 2026-11-20 */
            startedOn: string;
        };
        StageDto: {
            /**
             * @description Court summons (required) or postponed hearing: the hearing date
             * @example 2027-02-15
             */
            hearingOn?: string;
            /** @description Judgment (required): whether the lease is terminated (suspended while payment delays are kept) */
            leaseTerminated?: boolean;
            note?: string;
            /** @example 2026-11-10 */
            occurredOn: string;
            /**
             * @description Judgment: payment delays granted, in months
             * @example 24
             */
            paymentDelayMonths?: number;
            /** @enum {string} */
            stage: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out";
            /**
             * @description An eviction during the winter truce: why the truce does not protect the occupants (CPCE L412-6); without one it is flagged
             * @enum {string}
             */
            truceException?: "rehousing_ensured" | "entered_by_force";
            /**
             * @description The file version read; when given, a file changed since answers 409 STALE_VERSION
             * @example 1
             */
            version?: number;
        };
        StageRecordResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            hearingOn: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description What the law required and was not done
             * @example [
             *       "no_ccapex_referral"
             *     ]
             */
            irregularities: string[];
            leaseTerminated: boolean | null;
            note: string | null;
            /** Format: date */
            occurredOn: string;
            paymentDelayMonths: number | null;
            /** Format: date */
            paymentDelaysEndOn: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** @enum {string} */
            stage: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out";
            /** @enum {string|null} */
            truceException: "rehousing_ensured" | "entered_by_force" | null;
        };
        StepDto: {
            /**
             * @description When it happened: not in the future, not before the previous step
             * @example 2026-11-20T14:30:00Z
             */
            occurredAt: string;
            /**
             * @description Household version read; a stale one answers 409 STALE_VERSION
             * @example 2
             */
            version: number;
        };
        SupportMeasureDto: {
            /**
             * @description A code of GET /siao-lists supportMeasures
             * @example avdl
             */
            code: string;
            /** Format: date */
            endOn?: string | null;
            /**
             * Format: date
             * @example 2026-06-01
             */
            startOn: string;
        };
        SupportMeasureView: {
            /** @example avdl */
            code: string;
            /** Format: date */
            endOn: string | null;
            /**
             * Format: date
             * @example 2026-06-01
             */
            startOn: string;
        };
        TerritoryDto: {
            /** @example grand-chambery */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example Grand Chambéry */
            name: string;
        };
        TimelineEntryView: {
            /** Format: uuid */
            householdId: string;
            /**
             * @description Event id (a 64-bit integer, as a string)
             * @example 1042
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened (often logged days later)
             */
            occurredAt: string;
            /**
             * Format: uuid
             * @description Their organisation
             */
            organisationId: string;
            /**
             * @description Facts of the step, by type: steps carry `type`, `from` and `to` statuses; `commission.decided`: `decision`, `sessionId`, `proposalId`, `refusalReason`; `commission.proposed`: `sessionId`, `proposalId`, `sessionAt`; `allocation.decided`: `outcome`, `rank`, `proposalId`, `condition`, `reason`, `answerDueOn`, `conditionDueOn`; `offer.declined` and `offer.lapsed`: `reason`, `affectsPriority`; `allocation.condition_met` and `allocation.condition_failed`: `conditionDueOn`; `bail_glissant.reviewed`: `nextReviewOn`, `prefectNoticeDueOn`; `evaluation.completed`: `orientation`, `intensity`; `lease.signed`: `leaseType`, `landlord`, `commune`, `reviewPeriodMonths`, `nextReviewOn`, `prefectNoticeDueOn`; `household.closed`: `reason`; `household.opened`: `status`, `entryChannel`, `encounterId`; `maraude.encounter.linked`: `encounterId`; `household.person.added` and `household.person.removed`: `personId`, `role`, `reason`, `personCount`; `household.transferred`: `fromOrganisationId`, `toOrganisationId`, `reason`, `keptShared`
             * @example {
             *       "from": "followed_in_housing",
             *       "reason": "stable_in_housing",
             *       "to": "closed",
             *       "type": "household.closed"
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it was logged
             */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The user who logged it; null when Parcours recorded it (a deadline passed)
             */
            recordedBy: string | null;
            /** @enum {string} */
            type: "household.opened" | "consent.recorded" | "evaluation.completed" | "commission.proposed" | "commission.decided" | "allocation.decided" | "allocation.condition_met" | "allocation.condition_failed" | "offer.accepted" | "offer.declined" | "offer.lapsed" | "lease.signed" | "housing.entered" | "followup.visited" | "bail_glissant.reviewed" | "lease.slid" | "household.closed" | "household.reopened" | "maraude.encounter.linked" | "household.person.added" | "household.person.removed" | "household.transferred";
        };
        TokenPairDto: {
            /** @description JWT to send as `Authorization: Bearer <token>` */
            accessToken: string;
            /**
             * @description Lifetime of the access token in seconds (refresh before it ends)
             * @example 900
             */
            expiresIn: number;
            /** @description Single-use token to obtain the next pair */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
        };
        TransferDto: {
            /**
             * @description Keep the file shared with the former organisation (otherwise it loses access)
             * @default false
             */
            keepShared: boolean;
            /**
             * Format: uuid
             * @description The organisation of the territory that becomes the referent
             */
            organisationId: string;
            /**
             * @description A code of GET /siao-lists transferReasons
             * @example team_change
             */
            reason: string;
            /**
             * Format: uuid
             * @description The new referent, a user of the new organisation (default: none until it names one)
             */
            referentUserId?: string;
            /**
             * @description The version read (optimistic locking)
             * @example 5
             */
            version: number;
        };
        UndeterminedDeadlineResponse: {
            /** @description Each possible date, with the leases it applies to */
            candidates: components["schemas"]["DeadlineCandidateResponse"][];
            /** @description In French, for the screen */
            note: string;
            /** @enum {string} */
            reason: "lease_signed_on_unknown";
        };
        UntilDto: {
            /** @example 2026-12-01T09:00:00+01:00 */
            until: string;
        };
        UpdateActionDto: {
            carrier?: components["schemas"]["CarrierDto"];
            category?: string;
            /** @description Replaces the indicators */
            indicators?: components["schemas"]["IndicatorLinkDto"][];
            /** @example Renfort du SIAO */
            title?: string;
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
            /** @description Lines of these years are written whole (added or replaced); others are kept */
            years?: components["schemas"]["ActionYearDto"][];
        };
        UpdateBankDetailsDto: {
            /** @example Léa Martin */
            holderName: string;
            /** @example FR76 3000 6000 0112 3456 7890 189 */
            iban: string;
            /**
             * @description The enrolment version read
             * @example 1
             */
            version: number;
        };
        UpdateConventionDto: {
            /** @example 2026-12-31 */
            endsOn?: string;
            /** @example 2024-07-04 */
            signedOn?: string;
            /** @example 2024-01-01 */
            startsOn?: string;
            title?: string;
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
            /** @description Years written whole (added or replaced); others are kept */
            years?: components["schemas"]["YearDto"][];
        };
        UpdateFileDto: {
            /**
             * Format: uuid
             * @description An arrears advisor of your organisation; defaults to you
             */
            advisorUserId?: string;
            /** @example 5000 */
            chargesCents?: number;
            /** @example 2 */
            householdSize?: number;
            /** @example 21000 */
            housingBenefitCents?: number;
            /** @enum {string} */
            housingBenefitPayer?: "caf" | "msa" | "none";
            /** @enum {string} */
            housingBenefitStatus?: "maintained" | "suspended" | "none";
            /**
             * @description The lease’s signing date: it chooses the termination clause’s delay (6 weeks from 29 July 2023, 2 months before); unknown: the file shows both
             * @example 2024-03-01
             */
            leaseSignedOn?: string;
            /** @example 64000 */
            rentCents?: number;
            tenantEmail?: string;
            /** @example 06 12 34 56 78 */
            tenantPhone?: string;
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        UpdateHouseholdDto: {
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73179
             */
            commune?: string;
            /** @enum {string} */
            livingSituation?: "street" | "squat_or_camp" | "emergency_shelter" | "institution" | "third_party" | "vehicle" | "hotel" | "own_housing_at_risk" | "other";
            needs?: ("psychiatric_care" | "addiction" | "physical_health" | "administrative" | "employment" | "budget" | "parenting" | "legal" | "other")[];
            /** @description Priority labels (codes: GET /siao-lists), replacing the current list */
            priorityLabels?: components["schemas"]["PriorityLabelDto"][];
            /** Format: uuid */
            referentUserId?: string;
            resources?: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
            /** @description Only the referent organisation may change it */
            restricted?: boolean;
            /**
             * @description The demand number in SI-SIAO
             * @example SIAO73-2026-001234
             */
            siaoDemandNumber?: string | null;
            /**
             * @description The social-housing demand number (NUR)
             * @example 073122600012345678
             */
            socialHousingDemandNumber?: string | null;
            /**
             * Format: date
             * @description The social-housing demand lapses unless renewed by this date (yearly; a reminder falls a month before)
             * @example 2027-03-14
             */
            socialHousingDemandRenewalOn?: string | null;
            /** @description Support measures (codes: GET /siao-lists), replacing the current list */
            supportMeasures?: components["schemas"]["SupportMeasureDto"][];
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        UpdateLandlordDto: {
            /**
             * @description INSEE code of the commune (GET /communes)
             * @example 73065
             */
            commune?: string;
            email?: string;
            /** @enum {string} */
            kind?: "individual" | "family_sci" | "company";
            lettingAgent?: string;
            name?: string;
            phone?: string;
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        UpdateOrganisationDto: {
            /** @example true */
            active?: boolean;
            /** @example SIAO 73 */
            name?: string;
            /**
             * @description Version read; a stale one answers 409 STALE_VERSION
             * @example 1
             */
            version: number;
        };
        UpdateProgrammeDto: {
            endsOn?: string;
            /** @description A new deliberation may change the envelope; never below what is committed */
            envelopeCents?: number;
            name?: string;
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        UpdateSolutionDto: {
            /**
             * @description FSL granted: the amount granted, in cents
             * @example 110000
             */
            amountCents?: number;
            note?: string;
            /** @enum {string} */
            status: "proposed" | "kept" | "completed" | "broken" | "refused" | "filed" | "granted" | "requested" | "obtained" | "started" | "agreement" | "failed" | "referred" | "taken_up" | "declined" | "rehoused" | "withdrawn";
            /**
             * @description The version read (optimistic locking)
             * @example 1
             */
            version: number;
        };
        UpdateUserDto: {
            /**
             * @description Deactivating revokes the user’s sessions
             * @example false
             */
            active?: boolean;
            /** @example Camille Martin */
            displayName?: string;
            roles?: ("outreach_worker" | "siao_worker" | "commission_secretary" | "arrears_advisor" | "youth_worker" | "stipend_manager" | "coordinator" | "state_officer" | "admin")[];
            /**
             * @description Version read; a stale one answers 409 STALE_VERSION
             * @example 1
             */
            version: number;
        };
        UserDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example Camille Martin */
            displayName: string;
            /** @example camille.martin@siao73.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: date-time */
            passwordChangedAt: string;
            roles: ("outreach_worker" | "siao_worker" | "commission_secretary" | "arrears_advisor" | "youth_worker" | "stipend_manager" | "coordinator" | "state_officer" | "admin")[];
            /** Format: uuid */
            territoryId: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            nextCursor: string | null;
        };
        WinterTruceResponse: {
            activeToday: boolean;
            /**
             * @description MM-DD
             * @example 11-01
             */
            from: string;
            /**
             * @description MM-DD
             * @example 03-31
             */
            to: string;
        };
        WorklistHouseholdView: {
            /**
             * Format: date
             * @description While an allocation awaits its missing document: the last day to provide it (CCH R441-3 c)
             */
            allocationConditionDueOn: string | null;
            /** @description Steps allowed from the current status */
            allowedSteps: ("consent.recorded" | "evaluation.completed" | "commission.proposed" | "commission.decided" | "allocation.decided" | "allocation.condition_met" | "allocation.condition_failed" | "offer.accepted" | "offer.declined" | "offer.lapsed" | "lease.signed" | "housing.entered" | "followup.visited" | "bail_glissant.reviewed" | "lease.slid" | "household.closed" | "household.reopened")[];
            /**
             * Format: date
             * @description Bail glissant: the landlord tells the prefect by then whether it offers the household a lease (CCH L442-8-3)
             */
            bailGlissantPrefectNoticeDueOn: string | null;
            /**
             * @description Bail glissant: its agreement's review period in months
             * @example 6
             */
            bailGlissantReviewMonths: number | null;
            /**
             * @description INSEE code of the commune
             * @example 73065
             */
            commune: string | null;
            /**
             * @description Its official name
             * @example Chambéry
             */
            communeName: string | null;
            /** Format: date */
            consentDate: string | null;
            /**
             * @description Whole days since the evaluation (or the last step when never evaluated)
             * @example 12
             */
            daysWaiting: number;
            /** @enum {string} */
            entryChannel: "maraude" | "siao_demand" | "institution_exit" | "youth_desk" | "landlord_alert" | "eviction_prevention";
            /** @description Evaluated more than the configured validity ago */
            evaluationStale: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastEvaluatedAt: string | null;
            /** Format: date-time */
            lastStepAt: string;
            /** Format: date */
            leaseSignedOn: string | null;
            /** @enum {string|null} */
            leaseType: "direct" | "bail_glissant" | "sublet" | null;
            /**
             * @example street
             * @enum {string}
             */
            livingSituation: "street" | "squat_or_camp" | "emergency_shelter" | "institution" | "third_party" | "vehicle" | "hotel" | "own_housing_at_risk" | "other";
            /** @description True when names are hidden from you (restricted file of another organisation) */
            namesHidden: boolean;
            /**
             * @example [
             *       "administrative"
             *     ]
             */
            needs: ("psychiatric_care" | "addiction" | "physical_health" | "administrative" | "employment" | "budget" | "parenting" | "legal" | "other")[];
            /**
             * Format: date
             * @description Bail glissant: end of the current review period
             */
            nextBailGlissantReviewOn: string | null;
            /**
             * Format: date
             * @description While an offer awaits the answer: its last day; past it, silence counts as a refusal (CCH R441-10)
             */
            offerAnswerDueOn: string | null;
            /** Format: date-time */
            openedAt: string;
            /**
             * Format: uuid
             * @description The referent organisation
             */
            organisationId: string;
            persons: components["schemas"]["PersonView"][];
            priorityLabels: components["schemas"]["PriorityLabelView"][];
            /** @example M-000042 */
            reference: string;
            /** Format: uuid */
            referentUserId: string | null;
            /**
             * @example [
             *       "none"
             *     ]
             */
            resources: ("none" | "rsa" | "aah" | "wages" | "youth_guarantee" | "youth_commitment_contract" | "unemployment_benefit" | "pension" | "family_benefits" | "other")[];
            /** @description Domestic violence: names shown to the referent organisation only */
            restricted: boolean;
            sharedWithOrganisationIds: string[];
            /**
             * @description Null when unknown, or hidden from you
             * @example SIAO73-2026-001234
             */
            siaoDemandNumber: string | null;
            /**
             * @description NUR; null when unknown, or hidden from you
             * @example 073122600012345678
             */
            socialHousingDemandNumber: string | null;
            /**
             * Format: date
             * @description The social-housing demand lapses unless renewed by then
             */
            socialHousingDemandRenewalOn: string | null;
            /** @enum {string} */
            status: "spotted" | "file_open" | "evaluated" | "proposed" | "retained" | "allocated" | "lease_signed" | "followed_in_housing" | "closed";
            supportMeasures: components["schemas"]["SupportMeasureView"][];
            /**
             * @description Send it back with the next change or step (optimistic locking)
             * @example 3
             */
            version: number;
        };
        YearDto: {
            /** @example Avenant n° 1 : objectifs et enveloppe 2026 */
            amendment?: string;
            /** @example 2026-03-15 */
            amendmentSignedOn?: string;
            /**
             * @description The annex the figures of the year come from
             * @example Annexe 3
             */
            annex: string;
            /** @example Année 4 (juillet 2024 – décembre 2025) */
            label: string;
            /**
             * @description What the State pays for the year (the unspent State share carries over to the next year), in cents
             * @example 42502200
             */
            stateFundingCents: number;
            /** @example 2025 */
            year: number;
        };
        YearView: {
            amendment: string | null;
            /** @example 2026-03-15 */
            amendmentSignedOn: string | null;
            /** @example Annexe 3 */
            annex: string;
            credits: components["schemas"]["CreditTotalsView"];
            label: string;
            /** @example 2025 */
            year: number;
        };
        YoungPersonResponse: {
            alias: string | null;
            firstName: string | null;
            lastName: string | null;
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
    OperationsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IndicatorsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IndicatorsController_reconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OperationsController_queues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per queue name, its job counts by state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            active: number;
                            completed: number;
                            delayed: number;
                            failed: number;
                            waiting: number;
                        };
                    };
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_reconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileResultView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IndicatorsController_runPurge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurgeResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_list: {
        parameters: {
            query?: {
                status?: "open" | "closed";
                stage?: "first_unpaid_rent" | "caf_msa_report" | "formal_notice" | "ccapex_referral" | "court_summons" | "hearing" | "judgment" | "notice_to_quit" | "police_assistance_requested" | "eviction_carried_out";
                advisorUserId?: string;
                landlordId?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFilePageResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFileDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: no such landlord or advisor that I may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: the new landlord is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_update: {
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
                "application/json": components["schemas"]["UpdateFileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion), or ILLEGAL_TRANSITION: the file is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_close: {
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
                "application/json": components["schemas"]["CloseFileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_addContact: {
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
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_addDebt: {
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
                "application/json": components["schemas"]["DebtDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_recordFact: {
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
                "application/json": components["schemas"]["ProcedureFactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT: the stage the fact follows is not recorded (details: requires) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_requestRehousing: {
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
                "application/json": components["schemas"]["RehousingRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_suspendArrearsFile: {
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
                "application/json": components["schemas"]["UntilDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileReminderSuspensionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_addSolution: {
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
                "application/json": components["schemas"]["SolutionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_updateSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                solutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSolutionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsFilesController_recordStage: {
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
                "application/json": components["schemas"]["StageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsFileDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the file is closed or the step is not allowed (details: allowed); CONFLICT; MISSED_INSTALMENT_REQUIRED: a notice to quit after a judgment that granted payment delays needs a missed instalment recorded (loi 89-462 art. 24 VII) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ArrearsImportsController_import: {
        parameters: {
            query?: {
                /** @description Alert source of rows without a `source` column */
                source?: "landlord" | "caf" | "social_services" | "tenant" | "court" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same file again: its first report, nothing written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportResponse"];
                };
            };
            /** @description A new file: its rows written */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the file exceeds BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    LandlordsController_list: {
        parameters: {
            query?: {
                /** @description Part of the name, accent-insensitive */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandlordResponse"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    LandlordsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LandlordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandlordDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: already recorded (details: landlordId) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    LandlordsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandlordDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    LandlordsController_update: {
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
                "application/json": components["schemas"]["UpdateLandlordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandlordDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion), or CONFLICT: another landlord has this name and commune */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuditController_search: {
        parameters: {
            query?: {
                userId?: string;
                organisationId?: string;
                action?: "login" | "login_failed" | "logout" | "read" | "create" | "update" | "delete" | "export" | "purge";
                resourceType?: string;
                resourceId?: string;
                /** @description Entries of the searches for this term (matched by its keyed hash, after normalisation) */
                searchTerm?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description A token pair (`session: "body"`), or the access token alone and the refresh cookie (`session: "cookie"`) */
            200: {
                headers: {
                    /** @description `parcours_refresh`, with `session: "cookie"` */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"] | components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: same answer for an unknown account, a wrong password and a deactivated user */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: too many failures for this account or attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Must be `parcours` when the refresh cookie is used (refresh, logout) */
                "X-Requested-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    /** @description Clears `parcours_refresh` (cookie sessions) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: the refresh cookie without the X-Requested-With header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Must be `parcours` when the refresh cookie is used (refresh, logout) */
                "X-Requested-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description A token pair (body token), or the access token alone and a new refresh cookie (cookie) */
            200: {
                headers: {
                    /** @description The next `parcours_refresh` (cookie sessions) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"] | components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: unknown, expired or already used refresh token (a reused one revokes its session); a refused cookie is cleared */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: the refresh cookie without the X-Requested-With header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_allocate: {
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
                "application/json": components["schemas"]["AllocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionProposalView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: only a retained proposal without a final allocation outcome can be allocated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RefusalReasonsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalReasonDto"][];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_list: {
        parameters: {
            query?: {
                /** @description Sessions from this date or instant; default: 60 days ago */
                from?: string;
                /** @description Sessions before this date or instant (excluded); default: no limit */
                to?: string;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionSessionPageView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionSessionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionSessionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_move: {
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
                "application/json": components["schemas"]["MoveSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionSessionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_agenda: {
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
            /** @description CSV: reference;nom;prenom;statut;bailleur;commune;typologie;loyer_eur;disponible_le;decision;motif;issue_cal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_decide: {
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
                "application/json": components["schemas"]["SessionDecisionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionSessionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT or ILLEGAL_TRANSITION: a proposal already decided, a session not yet held, an illegal step; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommissionController_propose: {
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
                "application/json": components["schemas"]["ProposeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionProposalView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: already proposed at this session, or a new evaluation is required first; ILLEGAL_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommunesController_search: {
        parameters: {
            query: {
                /** @description Start of the name (accents and case ignored), of the INSEE code or of a postal code */
                q: string;
                /** @description Only this département (2A, 2B for Corsica, 971… overseas) */
                departement?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneDto"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionSummaryView"][];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConventionDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: a convention with this key already exists in the territory */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_update: {
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
                "application/json": components["schemas"]["UpdateConventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_addAction: {
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
                "application/json": components["schemas"]["CreateActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_addExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpenseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_document: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionDocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConventionController_executionReport: {
        parameters: {
            query: {
                year: number;
                format?: "json" | "xlsx" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionReportView"];
                    "application/pdf": components["schemas"]["ExecutionReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ExecutionReportView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HouseholdsController_list: {
        parameters: {
            query?: {
                status?: "spotted" | "file_open" | "evaluated" | "proposed" | "retained" | "allocated" | "lease_signed" | "followed_in_housing" | "closed";
                organisationId?: string;
                referentUserId?: string;
                entryChannel?: "maraude" | "siao_demand" | "institution_exit" | "youth_desk" | "landlord_alert" | "eviction_prevention";
                /** @description INSEE code of the commune (GET /communes) */
                commune?: string;
                /** @description Age band of the reference person today */
                ageBand?: "under_18" | "18_24" | "25_34" | "35_49" | "50_64" | "65_plus";
                /** @description Only households whose evaluation is stale (or missing while evaluated) */
                staleEvaluation?: string;
                /** @description Name search, accent-insensitive and typo-tolerant */
                q?: string;
                sort?: "opened_at" | "updated_at";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPageView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1 to 255 printable ASCII characters, unique per request (a UUID). A replay with the same key and body within 24 h answers the first success again, with `Idempotent-Replayed: true`; a failure does not keep the key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHouseholdDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedHouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: an organisation or referent named in the file is not of my territory */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS: the first request with this key is still running (Retry-After) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HouseholdsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same file was imported before: its first report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiaoImportReport"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiaoImportReport"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the file exceeds BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_awaitingProposal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorklistHouseholdView"][];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_update: {
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
                "application/json": components["schemas"]["UpdateHouseholdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) or CONFLICT: the SI-SIAO demand number is on another file (details: field, reference) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_resolveCondition: {
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
                "application/json": components["schemas"]["ConditionOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_bailGlissantReview: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_close: {
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
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_consent: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_evaluate: {
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
                "application/json": components["schemas"]["EvaluationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_housingEntry: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_lease: {
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
                "application/json": components["schemas"]["LeaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_slide: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_notes: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteView"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_addNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1 to 255 printable ASCII characters, unique per request (a UUID). A replay with the same key and body within 24 h answers the first success again, with `Idempotent-Replayed: true`; a failure does not keep the key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS: the first request with this key is still running (Retry-After) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HouseholdsController_acceptOffer: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_declineOffer: {
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
                "application/json": components["schemas"]["DeclineOfferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_addPerson: {
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
                "application/json": components["schemas"]["AddPersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_removePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemovePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_suspend: {
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
                "application/json": components["schemas"]["UntilDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdReminderSuspensionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_reopen: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_share: {
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
                "application/json": components["schemas"]["ShareDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_unshare: {
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
                "application/json": components["schemas"]["ShareDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_timeline: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntryView"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_transfer: {
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
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            /** @description The file after the transfer (names hidden when you no longer follow it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_visit: {
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
                "application/json": components["schemas"]["StepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION (details: status, allowedSteps) or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IndicatorsController_query: {
        parameters: {
            query: {
                from: string;
                to: string;
                granularity?: "month" | "quarter" | "year" | "range";
                /** @description Territory ids, comma-separated (State officers: several); yours by default */
                territoryIds?: string[];
                /** @description A dimension of the indicators asked, or `organisation` (any indicator: the organisation that recorded the facts, by name) */
                breakdown?: "age_band" | "household_type" | "sex" | "commune" | "scheme" | "category" | "organisation";
                /** @description Only the facts these organisations recorded, comma-separated ids; all by default */
                organisationIds?: string[];
                /** @description Indicator codes, comma-separated; the whole catalogue by default */
                codes?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorReportResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IndicatorsController_catalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCatalogueResponse"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IndicatorsController_export: {
        parameters: {
            query: {
                from: string;
                to: string;
                granularity?: "month" | "quarter" | "year" | "range";
                /** @description Territory ids, comma-separated (State officers: several); yours by default */
                territoryIds?: string[];
                /** @description A dimension of the indicators asked, or `organisation` (any indicator: the organisation that recorded the facts, by name) */
                breakdown?: "age_band" | "household_type" | "sex" | "commune" | "scheme" | "category" | "organisation";
                /** @description Only the facts these organisations recorded, comma-separated ids; all by default */
                organisationIds?: string[];
                /** @description Indicator codes, comma-separated; the whole catalogue by default */
                codes?: string[];
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file of the format asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    MaraudeController_list: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncounterView"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    MaraudeController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1 to 255 printable ASCII characters, unique per request (a UUID). A replay with the same key and body within 24 h answers the first success again, with `Idempotent-Replayed: true`; a failure does not keep the key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEncounterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncounterView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS: the first request with this key is still running (Retry-After) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaraudeController_link: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1 to 255 printable ASCII characters, unique per request (a UUID). A replay with the same key and body within 24 h answers the first success again, with `Idempotent-Replayed: true`; a failure does not keep the key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkEncounterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncounterView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS: the first request with this key is still running (Retry-After) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"][];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: an organisation of this name already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_update: {
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
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EnrolmentsController_list: {
        parameters: {
            query?: {
                programmeId?: string;
                status?: "active" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EnrolmentsController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: no such programme, household or person that I may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: this young person already has an active stipend */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_ELIGIBLE (details: failedRules: [{ rule, message }]) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EnrolmentsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EnrolmentsController_updateBankDetails: {
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
                "application/json": components["schemas"]["UpdateBankDetailsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EnrolmentsController_end: {
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
                "application/json": components["schemas"]["EndEnrolmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the stipend has already ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EnrolmentsController_review: {
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
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PaymentsController_list: {
        parameters: {
            query: {
                programmeId: string;
                month?: string;
                status?: "planned" | "validated" | "transmitted" | "paid" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"][];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PaymentsController_cancel: {
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
                "application/json": components["schemas"]["CancelPaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: the payment’s status does not allow it (details: status, allowed), or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PaymentsController_confirmPaid: {
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
                "application/json": components["schemas"]["ConfirmPaidDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION: only a transmitted payment can be paid (details: status, allowed), or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PaymentsController_validate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The version read, optional: without it the write is still guarded */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PaymentVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description ENVELOPE_EXCEEDED (details: remainingCents, amountCents), ILLEGAL_TRANSITION: not due yet or not planned (details: status, allowed), or STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"][];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_update: {
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
                "application/json": components["schemas"]["UpdateProgrammeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_addRules: {
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
                "application/json": components["schemas"]["RuleSetDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: this rules version already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8, `;`, CRLF): reference_paiement;mois;dossier;titulaire;iban;montant_centimes; headers x-export-id, x-payment-count, x-total-cents, x-content-sha256 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProgrammesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8, `;`, CRLF): reference_paiement;mois;dossier;titulaire;iban;montant_centimes; headers x-export-id, x-payment-count, x-total-cents, x-content-sha256; asked again: the same file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description CSV (UTF-8, `;`, CRLF): reference_paiement;mois;dossier;titulaire;iban;montant_centimes; headers x-export-id, x-payment-count, x-total-cents, x-content-sha256; its validated payments became transmitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOTHING_TO_EXPORT: no validated payment to transmit for this month */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description RATE_LIMITED: try again later (details: retryAfterSeconds when known) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_inbox: {
        parameters: {
            query?: {
                /** @description Your own reminders, or your organisation's team inbox */
                scope?: "mine" | "team";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_counts: {
        parameters: {
            query?: {
                /** @description Your own reminders, or your organisation's team inbox */
                scope?: "mine" | "team";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxCountsView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_digest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSubscriptionView"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_setDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSubscriptionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_acknowledge: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: the reminder’s status does not allow it (details: status, allowedFrom) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_done: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: the reminder’s status does not allow it (details: status, allowedFrom) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RemindersController_snooze: {
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
                "application/json": components["schemas"]["UntilDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderView"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: the reminder’s status does not allow it (details: status, allowedFrom) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SiaoListsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiaoListsDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TerritoriesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryDto"][];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only users of this organisation */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: no such organisation in my territory */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description CONFLICT: e-mail already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_update: {
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
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: access token missing, invalid or expired, or its session closed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description FORBIDDEN: your role does not allow this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description NOT_FOUND: unknown id, or a record outside your scope (never 403 for that) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description STALE_VERSION (details: currentVersion) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
}
