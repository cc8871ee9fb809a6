import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/client.js';
import type { ReadReplica } from '../db/read-replica.js';
import { rememberWrites } from './read-your-writes.js';
import type { FileStore } from '../files/file-store.js';
import { checkHealth } from '../services/system/check-health.js';
import { admissionControl, admissionLimits, type AdmissionLimits } from './admission.js';
import type { AppEnv } from './env.js';
import { errorResponder } from './errors.js';
import { answerError } from './error-status.js';
import { uploadLimit } from './upload-limit.js';
import { buildOpenApi } from './openapi.js';
import { endpoints } from '../contracts/endpoints/index.js';
import { mountRoutes, unboundEndpoints, type AnyRoute } from './route.js';
import { apiTokenRoutes } from './routes/api-tokens.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { planRoutes } from './routes/plans.js';
import { programmeRoutes } from './routes/programmes.js';
import { indexRoutes } from './routes/indices.js';
import { reportingRoutes } from './routes/reporting.js';
import { consolidatedReportRoutes } from './routes/consolidated-report.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { dossierRoutes } from './routes/dossiers.js';
import { figureRoutes } from './routes/figures.js';
import { nationalRoutes } from './routes/national.js';
import { registerRoutes } from './routes/registers.js';
import { scoringRoutes } from './routes/scoring.js';
import { serviceQualityRoutes } from './routes/service-quality.js';
import { surveyRoutes } from './routes/surveys.js';
import { publicSurveyForm } from './public-survey.js';
import { initiativeRoutes } from './routes/initiatives.js';
import { citizenFeedbackRoutes } from './routes/citizen-feedback.js';
import { unitPlanRoutes } from './routes/unit-plans.js';
import { inspectionRoutes } from './routes/inspections.js';
import { workingCalendarRoutes } from './routes/working-calendar.js';
import { surveyResultRoutes } from './routes/survey-results.js';
import { ssoRuleRoutes } from './routes/sso-rules.js';
import { systemRoutes } from './routes/system.js';
import { unitRoutes } from './routes/units.js';
import { userRoutes } from './routes/users.js';
import { csrfMiddleware, sessionMiddleware } from './session.js';
import { PASSWORD_ONLY, type SignIn } from './sign-in.js';
import { singleSignOnRoutes } from './single-sign-on.js';

export const API_ROUTES: AnyRoute[] = [
  ...authRoutes,
  ...unitRoutes,
  ...userRoutes,
  ...apiTokenRoutes,
  ...auditRoutes,
  ...planRoutes,
  ...programmeRoutes,
  ...indexRoutes,
  ...reportingRoutes,
  ...consolidatedReportRoutes,
  ...dashboardRoutes,
  ...dossierRoutes,
  ...figureRoutes,
  ...nationalRoutes,
  ...registerRoutes,
  ...scoringRoutes,
  ...serviceQualityRoutes,
  ...surveyRoutes,
  ...unitPlanRoutes,
  ...inspectionRoutes,
  ...workingCalendarRoutes,
  ...initiativeRoutes,
  ...citizenFeedbackRoutes,
  ...surveyResultRoutes,
  ...ssoRuleRoutes,
  ...systemRoutes,
];

// Checked when the module loads, so a declared endpoint without its handler stops the server and every test.
const unbound = unboundEndpoints(API_ROUTES, endpoints);
if (unbound.length) throw new Error(`Endpoints not bound to exactly one handler: ${unbound.join('; ')}`);

export interface AppOptions {
  database: DatabaseHandle;
  files: FileStore;
  logger: Logger;
  /** The built browser app (web/dist); absent in API-only tests. */
  webRoot?: string | undefined;
  now?: () => Date;
  version?: string;
  /** A streaming replica for the reads endpoints declare fit for it (CCHC_READ_DATABASE_URL); none by default. */
  readReplica?: ReadReplica | null;
  /** Requests admitted to the database at once and waiting (admission.ts); default: the environment's, on PGlite only. */
  admission?: AdmissionLimits | null;
  /** Password sign-in on or off, and the OpenID provider (Config.signIn); default: passwords only. */
  signIn?: SignIn;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { database, logger } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono<AppEnv>();

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', uploadLimit);
  const signIn = options.signIn ?? PASSWORD_ONLY;
  app.use('/api/*', async (c, next) => {
    c.set('signIn', signIn);
    await next();
  });
  // PGlite answers one query at a time on this thread: requests wait their turn in order, or get 503.
  const admission =
    options.admission === undefined ? (database.kind === 'pglite' ? admissionLimits() : null) : options.admission;
  if (admission) app.use('/api/*', admissionControl(admission));
  app.use('/api/*', sessionMiddleware(database.db, options.files, now));
  app.use('/api/*', csrfMiddleware());
  if (options.readReplica) app.use('/api/*', rememberWrites(options.readReplica));

  app.get('/api/health', async (c) => {
    const health = await checkHealth(database.db, database.describe);
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });
  const openApi = buildOpenApi(API_ROUTES, options.version ?? '0.0.0');
  app.get('/api/openapi.json', (c) => c.json(openApi));
  mountRoutes(app, API_ROUTES, options.readReplica);
  singleSignOnRoutes(app, logger);
  app.all('/api/*', (c) => answerError(c, 'NOT_FOUND', { route: 'api' }));
  // The public survey form: server-rendered HTML, no script, no session; it takes nothing but a submission.
  publicSurveyForm(app, { db: database.db, files: options.files, now });

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    const root = options.webRoot;

    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root }));
    // Client-side routes (/don-vi, /dang-nhap …) all load the app.
    // Read per request: a rebuild of the web app while the server runs changes the asset names.
    app.get('*', async (c) => c.html(await readFile(join(root, 'index.html'), 'utf8')));
  }

  app.onError(errorResponder(logger));
  return app;
}
